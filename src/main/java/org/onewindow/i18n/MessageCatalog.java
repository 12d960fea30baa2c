package org.onewindow.i18n;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.onewindow.shared.Lang;

/**
 * The user-facing texts of every language, one key per message ({@code handoff.joined},
 * {@code widget.send}, {@code department.tax}), read once from {@code messages/<lang>.yaml} on the
 * classpath. Loading checks everything a missing text could break — YAML syntax, duplicate keys,
 * message syntax, the same keys and the same arguments in every language — so a gap fails at start
 * (and in the tests), never as a blank in front of a user.
 */
public final class MessageCatalog {

    /** Where the catalogues live on the classpath: {@code messages/en.yaml}, {@code messages/zh.yaml}. */
    public static final String RESOURCE_DIR = "messages/";

    private static final ObjectMapper YAML =
            new ObjectMapper(YAMLFactory.builder().build()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<Lang, Map<String, MessagePattern>> messages;

    private MessageCatalog(Map<Lang, Map<String, MessagePattern>> messages) {
        this.messages = messages;
    }

    /** The catalogues shipped in the jar, loaded on first use. */
    public static MessageCatalog bundled() {
        return Bundled.CATALOG;
    }

    private static final class Bundled {
        static final MessageCatalog CATALOG = fromClasspath(MessageCatalog.class.getClassLoader());
    }

    /** Reads {@code messages/<lang>.yaml} for every {@link Lang} from {@code loader}. */
    public static MessageCatalog fromClasspath(ClassLoader loader) {
        Map<Lang, String> sources = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String file = RESOURCE_DIR + lang.code() + ".yaml";
            try (InputStream in = loader.getResourceAsStream(file)) {
                if (in == null) {
                    throw new MessageCatalogException(file + ": missing from the classpath");
                }
                sources.put(lang, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MessageCatalogException(file + ": " + e.getMessage(), e);
            }
        }
        return fromYaml(sources);
    }

    /** Parses one YAML text per language (as the files hold them) and checks them against each other. */
    public static MessageCatalog fromYaml(Map<Lang, String> yamlByLang) {
        Map<Lang, Map<String, String>> texts = new EnumMap<>(Lang.class);
        yamlByLang.forEach((lang, yaml) -> texts.put(lang, readYaml(lang.code() + ".yaml", yaml)));
        return of(texts);
    }

    /** A catalogue of the given texts, checked as {@link #fromYaml} checks the files. */
    public static MessageCatalog of(Map<Lang, Map<String, String>> textsByLang) {
        List<String> problems = new ArrayList<>();
        Map<Lang, Map<String, MessagePattern>> parsed = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> texts = textsByLang.get(lang);
            if (texts == null) {
                problems.add(lang.code() + ".yaml: the language has no catalogue");
                continue;
            }
            Map<String, MessagePattern> patterns = new TreeMap<>();
            texts.forEach((key, text) -> {
                if (!key.matches("[a-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+")) {
                    problems.add(lang.code() + ".yaml: key \"" + key
                            + "\" is not area.name (letters, digits, _ and -, dot-separated)");
                }
                try {
                    patterns.put(key, MessagePattern.parse(text));
                } catch (IllegalArgumentException e) {
                    problems.add(lang.code() + ".yaml: " + key + ": " + e.getMessage());
                }
            });
            parsed.put(lang, Collections.unmodifiableMap(patterns));
        }
        Set<String> allKeys = new TreeSet<>();
        parsed.values().forEach(m -> allKeys.addAll(m.keySet()));
        for (String key : allKeys) {
            Map<Lang, MessagePattern> byLang = new EnumMap<>(Lang.class);
            parsed.forEach((lang, m) -> {
                if (m.containsKey(key)) {
                    byLang.put(lang, m.get(key));
                } else {
                    problems.add(lang.code() + ".yaml: key " + key + " is missing");
                }
            });
            Set<Set<String>> argumentSets = new java.util.HashSet<>();
            byLang.values().forEach(p -> argumentSets.add(new TreeSet<>(p.arguments())));
            if (argumentSets.size() > 1) {
                StringBuilder which = new StringBuilder();
                byLang.forEach((lang, p) ->
                        which.append(' ').append(lang.code()).append(' ').append(new TreeSet<>(p.arguments())));
                problems.add("key " + key + " has different arguments:" + which);
            }
        }
        if (!problems.isEmpty()) {
            throw new MessageCatalogException("message catalogues under " + RESOURCE_DIR + " are not usable:\n  "
                    + String.join("\n  ", problems));
        }
        return new MessageCatalog(Collections.unmodifiableMap(parsed));
    }

    /** The flat key → text mapping of one YAML file; fails on duplicate keys, nesting and non-text values. */
    static Map<String, String> readYaml(String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            // Jackson names the line and column, and for a duplicate the key.
            throw new MessageCatalogException(file + ": " + e.getOriginalMessage() + location(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new MessageCatalogException(file + ": expected a mapping of key: text");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!field.getValue().isTextual()) {
                throw new MessageCatalogException(file + ": " + field.getKey() + ": expected a text"
                        + (field.getValue().isObject()
                                ? " (write nested keys in full, like " + field.getKey() + ".name)"
                                : "")
                        + ", found " + field.getValue().getNodeType().name().toLowerCase(Locale.ROOT));
            }
            texts.put(field.getKey(), field.getValue().textValue());
        }
        return texts;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    /**
     * The message {@code key} in {@code lang}, its arguments given as name, value, name, value…
     * ({@code text(lang, "handoff.transferred", "department", "税务")}).
     */
    public String text(Lang lang, String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + key + " must come as name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return text(lang, key, args);
    }

    /** The message {@code key} in {@code lang} with {@code args} filled in. */
    public String text(Lang lang, String key, Map<String, ?> args) {
        MessagePattern pattern = pattern(lang, key);
        try {
            return pattern.format(args, Locale.forLanguageTag(lang.code()));
        } catch (IllegalArgumentException e) {
            throw new MessageCatalogException("message " + key + " (" + lang.code() + "): " + e.getMessage(), e);
        }
    }

    /** The parsed message {@code key} in {@code lang}; a {@link MessageCatalogException} for an unknown key. */
    public MessagePattern pattern(Lang lang, String key) {
        MessagePattern pattern = messages.get(lang).get(key);
        if (pattern == null) {
            throw new MessageCatalogException("no message " + key + " in " + RESOURCE_DIR + lang.code() + ".yaml");
        }
        return pattern;
    }

    /** Whether {@code key} is a message (in every language, as loading checked). */
    public boolean contains(String key) {
        return messages.get(Lang.EN).containsKey(key);
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return messages.get(Lang.EN).keySet();
    }

    /**
     * The unformatted texts of {@code lang} whose keys start with one of {@code prefixes} (all when
     * none is given), sorted by key: what the browser clients format themselves.
     */
    public Map<String, String> texts(Lang lang, List<String> prefixes) {
        Map<String, String> out = new TreeMap<>();
        messages.get(lang).forEach((key, pattern) -> {
            if (prefixes.isEmpty() || prefixes.stream().anyMatch(key::startsWith)) {
                out.put(key, pattern.source());
            }
        });
        return out;
    }
}
