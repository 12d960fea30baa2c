package org.onewindow.process;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.form.LocalizedText;

/**
 * A YAML document as a tree that remembers the line of every node, so that semantic errors
 * ("duplicate field name", "condition refers to a later field") name their line. Built from
 * Jackson's streaming YAML parser; duplicate keys are rejected.
 */
final class YamlNode {

    enum Kind {
        MAP,
        LIST,
        SCALAR
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    final String file;
    final int line;
    final Kind kind;
    private final Map<String, YamlNode> map;
    private final List<YamlNode> list;
    private final String scalar;
    private final JsonToken token;

    private YamlNode(
            String file,
            int line,
            Kind kind,
            Map<String, YamlNode> map,
            List<YamlNode> list,
            String scalar,
            JsonToken token) {
        this.file = file;
        this.line = line;
        this.kind = kind;
        this.map = map;
        this.list = list;
        this.scalar = scalar;
        this.token = token;
    }

    static YamlNode read(Path path) throws ProcessDefinitionException {
        String file = path.getFileName().toString();
        try (JsonParser p = FACTORY.createParser(Files.newBufferedReader(path))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ProcessDefinitionException(file, 1, "the file is empty");
            }
            YamlNode root = node(file, p, t);
            if (root.kind != Kind.MAP) {
                throw new ProcessDefinitionException(
                        file, root.line, "the document must be a mapping of keys to values");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ProcessDefinitionException(
                    file, loc == null ? 0 : loc.getLineNr(), "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProcessDefinitionException(file, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static YamlNode node(String file, JsonParser p, JsonToken t)
            throws IOException, ProcessDefinitionException {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlNode> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                if (m.containsKey(key)) {
                    throw new ProcessDefinitionException(file, keyLine, "duplicate key '" + key + "'");
                }
                m.put(key, node(file, p, p.nextToken()));
            }
            return new YamlNode(file, line, Kind.MAP, Collections.unmodifiableMap(m), null, null, null);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> l = new ArrayList<>();
            JsonToken next;
            while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                l.add(node(file, p, next));
            }
            return new YamlNode(file, line, Kind.LIST, null, List.copyOf(l), null, null);
        }
        String text = t == JsonToken.VALUE_NULL ? null : p.getText();
        return new YamlNode(file, line, Kind.SCALAR, null, null, text, t);
    }

    ProcessDefinitionException error(String problem) {
        return new ProcessDefinitionException(file, line, problem);
    }

    boolean has(String key) {
        return kind == Kind.MAP && map.containsKey(key) && !map.get(key).isNull();
    }

    boolean isNull() {
        return kind == Kind.SCALAR && token == JsonToken.VALUE_NULL;
    }

    Map<String, YamlNode> entries() {
        return map;
    }

    /** Rejects keys outside {@code allowed} ("unknown key 'lable'"), catching typos early. */
    YamlNode onlyKeys(String what, Set<String> allowed) throws ProcessDefinitionException {
        requireKind(Kind.MAP, what);
        for (Map.Entry<String, YamlNode> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ProcessDefinitionException(
                        file,
                        e.getValue().line,
                        "unknown key '" + e.getKey() + "' in " + what + " (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    YamlNode get(String key) throws ProcessDefinitionException {
        requireKind(Kind.MAP, "a mapping");
        YamlNode n = map.get(key);
        if (n == null || n.isNull()) {
            throw error("missing '" + key + "'");
        }
        return n;
    }

    YamlNode opt(String key) {
        YamlNode n = kind == Kind.MAP ? map.get(key) : null;
        return n == null || n.isNull() ? null : n;
    }

    String text() throws ProcessDefinitionException {
        if (kind != Kind.SCALAR || scalar == null) {
            throw error("expected a single value here");
        }
        return scalar;
    }

    String string(String key) throws ProcessDefinitionException {
        String s = get(key).text().trim();
        if (s.isEmpty()) {
            throw get(key).error("'" + key + "' must not be empty");
        }
        return s;
    }

    String optString(String key) throws ProcessDefinitionException {
        YamlNode n = opt(key);
        return n == null ? null : n.text().trim();
    }

    boolean bool(String key, boolean fallback) throws ProcessDefinitionException {
        YamlNode n = opt(key);
        if (n == null) {
            return fallback;
        }
        if (n.token != JsonToken.VALUE_TRUE && n.token != JsonToken.VALUE_FALSE) {
            throw n.error("'" + key + "' must be true or false, not '" + n.scalar + "'");
        }
        return n.token == JsonToken.VALUE_TRUE;
    }

    Integer optInt(String key) throws ProcessDefinitionException {
        YamlNode n = opt(key);
        if (n == null) {
            return null;
        }
        if (n.token != JsonToken.VALUE_NUMBER_INT) {
            throw n.error("'" + key + "' must be a whole number, not '" + n.scalar + "'");
        }
        return Integer.parseInt(n.scalar);
    }

    java.math.BigDecimal optDecimal(String key) throws ProcessDefinitionException {
        YamlNode n = opt(key);
        if (n == null) {
            return null;
        }
        if (n.token != JsonToken.VALUE_NUMBER_INT && n.token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw n.error("'" + key + "' must be a number, not '" + n.scalar + "'");
        }
        return new java.math.BigDecimal(n.scalar);
    }

    /** {@code key: {en: ..., zh: ...}}, both required. */
    LocalizedText localized(String key) throws ProcessDefinitionException {
        YamlNode n = get(key);
        return n.asLocalized(key);
    }

    LocalizedText optLocalized(String key) throws ProcessDefinitionException {
        YamlNode n = opt(key);
        return n == null ? null : n.asLocalized(key);
    }

    LocalizedText asLocalized(String what) throws ProcessDefinitionException {
        if (kind != Kind.MAP) {
            throw error("'" + what + "' needs an en and a zh text ({en: ..., zh: ...})");
        }
        onlyKeys("'" + what + "'", Set.of("en", "zh"));
        for (String lang : List.of("en", "zh")) {
            if (!has(lang) || map.get(lang).text().isBlank()) {
                throw error("missing " + lang + " text in '" + what + "'");
            }
        }
        return new LocalizedText(
                map.get("en").text().trim(), map.get("zh").text().trim());
    }

    List<YamlNode> items(String key) throws ProcessDefinitionException {
        YamlNode n = opt(key);
        if (n == null) {
            return List.of();
        }
        n.requireKind(Kind.LIST, "'" + key + "'");
        return n.list;
    }

    List<YamlNode> items() throws ProcessDefinitionException {
        requireKind(Kind.LIST, "a list");
        return list;
    }

    <T> List<T> mapItems(String key, ThrowingFunction<YamlNode, T> f) throws ProcessDefinitionException {
        List<T> out = new ArrayList<>();
        for (YamlNode n : items(key)) {
            out.add(f.apply(n));
        }
        return out;
    }

    List<String> strings(String key) throws ProcessDefinitionException {
        return mapItems(key, n -> n.text().trim());
    }

    void requireKind(Kind expected, String what) throws ProcessDefinitionException {
        if (kind != expected) {
            throw error("expected " + what + " to be a " + expected.name().toLowerCase(java.util.Locale.ROOT)
                    + ", found a " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A function that may reject its input with a located error. */
    @FunctionalInterface
    interface ThrowingFunction<A, B> {
        B apply(A a) throws ProcessDefinitionException;
    }
}
