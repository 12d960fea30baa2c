package org.onewindow.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.form.LocalizedText;
import org.onewindow.form.Option;

/** Reads {@code facts.yaml} and incentive files into their records, failing loudly with file and criterion. */
final class IncentiveReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> INCENTIVE_KEYS = Set.of(
            "id",
            "title",
            "department",
            "source",
            "clause",
            "effective",
            "expires",
            "benefit",
            "eligibility",
            "process",
            "notes");
    private static final Set<String> FACT_KEYS =
            Set.of("key", "type", "label", "question", "options", "min", "max", "integer", "unit", "stated");

    private IncentiveReader() {}

    static JsonNode tree(Path path) throws IncentiveLoadException {
        String file = path.getFileName().toString();
        try {
            JsonNode root = YAML.readTree(Files.readString(path));
            if (root == null || !root.isObject()) {
                throw new IncentiveLoadException(file, "the document must be a mapping of keys to values");
            }
            return root;
        } catch (IOException e) {
            throw new IncentiveLoadException(
                    file,
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** {@code stated: {value: [phrase, …]}}: the phrases that state each value in passing. */
    private static Map<String, List<String>> stated(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'stated' must map values to lists of words");
        }
        node.fields().forEachRemaining(e -> {
            List<String> phrases = new ArrayList<>();
            if (!e.getValue().isArray()) {
                throw new IllegalArgumentException(
                        "the stated phrases for '" + e.getKey() + "' must be a list of words");
            }
            e.getValue().forEach(p -> phrases.add(p.isTextual() ? p.asText() : null));
            out.put(e.getKey(), phrases);
        });
        return out;
    }

    static Map<String, FactDefinition> facts(Path path) throws IncentiveLoadException {
        String file = path.getFileName().toString();
        JsonNode list = tree(path).get("facts");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IncentiveLoadException(file, "missing 'facts' (a list of fact definitions)");
        }
        Map<String, FactDefinition> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : list) {
            String where = "facts[" + i++ + "]";
            unknownKeys(file, where, n, FACT_KEYS);
            String key = string(file, where, n, "key");
            where = "fact '" + key + "'";
            FactType type = FactType.fromCode(string(file, where, n, "type"))
                    .orElseThrow(() -> new IncentiveLoadException(
                            file,
                            "unknown type '" + n.get("type").asText() + "' of fact '" + key
                                    + "' (number, money, boolean, enum, date)"));
            List<Option> options = new ArrayList<>();
            for (JsonNode o : n.path("options")) {
                String value = string(file, where + " option", o, "value");
                List<String> synonyms = new ArrayList<>();
                o.path("synonyms").forEach(s -> synonyms.add(s.asText()));
                options.add(new Option(
                        value,
                        LocalizedText.of(
                                string(file, where + " option " + value, o, "en"),
                                string(file, where + " option " + value, o, "zh")),
                        synonyms));
            }
            try {
                FactDefinition def = new FactDefinition(
                        key,
                        type,
                        localized(file, where, n, "label"),
                        localized(file, where, n, "question"),
                        options,
                        decimal(file, where, n, "min"),
                        decimal(file, where, n, "max"),
                        n.path("integer").asBoolean(false),
                        n.path("unit").asText(""),
                        stated(n.path("stated")));
                def.fieldView(); // checks min <= max
                if (out.put(key, def) != null) {
                    throw new IncentiveLoadException(file, "duplicate fact '" + key + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new IncentiveLoadException(file, where + ": " + e.getMessage());
            }
        }
        return out;
    }

    static Incentive incentive(Path path, Map<String, FactDefinition> facts) throws IncentiveLoadException {
        String file = path.getFileName().toString();
        JsonNode root = tree(path);
        unknownKeys(file, "the incentive", root, INCENTIVE_KEYS);
        String id = string(file, "the incentive", root, "id");
        if (!ID.matcher(id).matches()) {
            throw new IncentiveLoadException(file, "id '" + id + "' must be lower-case letters, digits and '-'");
        }
        List<String> sources = new ArrayList<>();
        JsonNode source = root.get("source");
        if (source == null || source.isNull() || (source.isArray() && source.isEmpty())) {
            throw new IncentiveLoadException(file, "missing 'source' (the URL(s) the criteria were read from)");
        }
        if (source.isArray()) {
            source.forEach(s -> sources.add(s.asText().trim()));
        } else {
            sources.add(source.asText().trim());
        }
        LocalDate effective = date(file, root, "effective", true);
        LocalDate expires = date(file, root, "expires", false);
        if (expires != null && expires.isBefore(effective)) {
            throw new IncentiveLoadException(file, "'expires' " + expires + " is before 'effective' " + effective);
        }
        JsonNode eligibility = root.get("eligibility");
        if (eligibility == null || eligibility.isNull()) {
            throw new IncentiveLoadException(file, "missing 'eligibility' (the criteria)");
        }
        Criterion criterion = criterion(file, "eligibility", eligibility, facts);
        String process =
                root.hasNonNull("process") ? root.get("process").asText().trim() : null;
        return new Incentive(
                id,
                file,
                localized(file, "the incentive", root, "title"),
                localized(file, "the incentive", root, "department"),
                sources,
                localized(file, "the incentive", root, "clause"),
                effective,
                expires,
                localized(file, "the incentive", root, "benefit"),
                criterion,
                process);
    }

    static Criterion criterion(String file, String path, JsonNode n, Map<String, FactDefinition> facts)
            throws IncentiveLoadException {
        if (!n.isObject()) {
            throw new IncentiveLoadException(
                    file, "criterion " + path + " must be a mapping ({fact: …, <operator>: …} or all/any/not)");
        }
        for (String combinator : List.of("all", "any")) {
            if (n.has(combinator)) {
                if (n.size() != 1) {
                    throw new IncentiveLoadException(
                            file, "criterion " + path + ": '" + combinator + "' must stand alone");
                }
                JsonNode items = n.get(combinator);
                if (!items.isArray() || items.isEmpty()) {
                    throw new IncentiveLoadException(
                            file, "criterion " + path + "." + combinator + " must be a non-empty list");
                }
                List<Criterion> out = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    out.add(criterion(file, path + "." + combinator + "[" + i + "]", items.get(i), facts));
                }
                return combinator.equals("all") ? new Criterion.All(path, out) : new Criterion.Any(path, out);
            }
        }
        if (n.has("not")) {
            if (n.size() != 1) {
                throw new IncentiveLoadException(file, "criterion " + path + ": 'not' must stand alone");
            }
            return new Criterion.Not(path, criterion(file, path + ".not", n.get("not"), facts));
        }
        if (!n.hasNonNull("fact")) {
            throw new IncentiveLoadException(file, "criterion " + path + " has neither 'fact' nor all/any/not");
        }
        String key = n.get("fact").asText();
        FactDefinition fact = facts.get(key);
        if (fact == null) {
            throw new IncentiveLoadException(
                    file,
                    "criterion " + path + " tests unknown fact '" + key + "' (declared facts: "
                            + String.join(", ", facts.keySet()) + ")");
        }
        Operator op = null;
        JsonNode operand = null;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.equals("fact") || k.equals("verified")) {
                continue;
            }
            Operator o = Operator.fromKey(k)
                    .orElseThrow(() -> new IncentiveLoadException(
                            file,
                            "criterion " + path + " (" + key + "): unknown operator '" + k
                                    + "' (equals, in, not-in, >=, <=, >, <, between)"));
            if (op != null) {
                throw new IncentiveLoadException(file, "criterion " + path + " (" + key + ") has two operators");
            }
            op = o;
            operand = n.get(k);
        }
        if (op == null) {
            throw new IncentiveLoadException(file, "criterion " + path + " (" + key + ") has no operator");
        }
        String where = "criterion " + path + " (" + key + " " + op.key() + ")";
        if (op.ordered()
                && fact.type() != FactType.NUMBER
                && fact.type() != FactType.MONEY
                && fact.type() != FactType.DATE) {
            throw new IncentiveLoadException(
                    file,
                    where + ": '" + op.key() + "' needs a number, money or date fact, not "
                            + fact.type().code());
        }
        List<JsonNode> raw = new ArrayList<>();
        if (operand.isArray()) {
            operand.forEach(raw::add);
        } else {
            raw.add(operand);
        }
        if (op.arity() > 0 ? raw.size() != op.arity() : raw.isEmpty()) {
            throw new IncentiveLoadException(
                    file,
                    where + " takes "
                            + (op.arity() == 2
                                    ? "two values [low, high]"
                                    : op.arity() == 1 ? "one value" : "a non-empty list of values")
                            + ", found " + raw.size());
        }
        List<Object> values = new ArrayList<>();
        for (JsonNode v : raw) {
            values.add(value(file, where, fact, v));
        }
        JsonNode verified = n.get("verified");
        if (verified != null && !verified.isBoolean()) {
            throw new IncentiveLoadException(file, where + ": 'verified' must be true or false");
        }
        return new Criterion.Compare(path, fact, op, values, verified == null || verified.asBoolean());
    }

    private static Object value(String file, String where, FactDefinition fact, JsonNode v)
            throws IncentiveLoadException {
        if (v == null || v.isNull() || v.isContainerNode()) {
            throw new IncentiveLoadException(
                    file, where + ": a value must be a single " + fact.type().code());
        }
        String text = v.asText().trim();
        if (fact.type() == FactType.DATE && text.startsWith("P")) {
            try {
                return Period.parse(text);
            } catch (DateTimeParseException e) {
                throw new IncentiveLoadException(file, where + ": '" + text + "' is not a period such as P1Y");
            }
        }
        try {
            Object typed = fact.type().parse(text);
            if (fact.type() == FactType.ENUM && !fact.hasOption(text)) {
                throw new IllegalArgumentException("'" + text + "' is not an option of " + fact.key() + " ("
                        + String.join(
                                ", ", fact.options().stream().map(Option::value).toList()) + ")");
            }
            return typed;
        } catch (IllegalArgumentException e) {
            throw new IncentiveLoadException(file, where + ": " + e.getMessage());
        }
    }

    private static void unknownKeys(String file, String where, JsonNode n, Set<String> allowed)
            throws IncentiveLoadException {
        if (!n.isObject()) {
            throw new IncentiveLoadException(file, where + " must be a mapping");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IncentiveLoadException(
                        file,
                        "unknown key '" + k + "' in " + where + " (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String string(String file, String where, JsonNode n, String key) throws IncentiveLoadException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
            throw new IncentiveLoadException(file, "missing '" + key + "' in " + where);
        }
        return v.asText().trim();
    }

    private static LocalizedText localized(String file, String where, JsonNode n, String key)
            throws IncentiveLoadException {
        JsonNode v = n.get(key);
        if (v == null || !v.isObject()) {
            throw new IncentiveLoadException(file, "missing '" + key + "' ({en: …, zh: …}) in " + where);
        }
        return LocalizedText.of(string(file, where + " " + key, v, "en"), string(file, where + " " + key, v, "zh"));
    }

    private static BigDecimal decimal(String file, String where, JsonNode n, String key) throws IncentiveLoadException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IncentiveLoadException(file, where + ": '" + key + "' must be a number");
        }
        return v.decimalValue();
    }

    private static LocalDate date(String file, JsonNode n, String key, boolean required) throws IncentiveLoadException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IncentiveLoadException(file, "missing '" + key + "' (yyyy-mm-dd)");
            }
            return null;
        }
        try {
            return LocalDate.parse(v.asText().trim());
        } catch (DateTimeParseException e) {
            throw new IncentiveLoadException(file, "'" + key + "' is not a date (yyyy-mm-dd): '" + v.asText() + "'");
        }
    }
}
