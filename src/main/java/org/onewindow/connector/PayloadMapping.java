package org.onewindow.connector;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the intake payload into what one approval system expects, from configuration alone.
 * Either a {@code template} (a JSON object whose string values {@code "{{answers.uscc}}"} are
 * replaced by the payload's value at that dotted path, typed; {@code "Ref {{receipt}}"} is
 * interpolated as text; everything else is constant), or rules applied in this order:
 * {@code include} (the dotted paths to keep; all when absent), {@code rename} (source path →
 * target path, moved) and {@code constants} (target path → value).
 */
public final class PayloadMapping {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*}}");
    public static final PayloadMapping IDENTITY = new PayloadMapping(null, List.of(), Map.of(), Map.of());

    private final JsonObject template;
    private final List<String> include;
    private final Map<String, String> rename;
    private final Map<String, Object> constants;

    private PayloadMapping(
            JsonObject template, List<String> include, Map<String, String> rename, Map<String, Object> constants) {
        this.template = template;
        this.include = List.copyOf(include);
        this.rename = new LinkedHashMap<>(rename);
        this.constants = new LinkedHashMap<>(constants);
    }

    /** Reads the {@code mapping} section. */
    public static PayloadMapping from(Settings mapping) {
        JsonObject json = mapping.json();
        if (json.isEmpty()) {
            return IDENTITY;
        }
        for (String key : json.fieldNames()) {
            if (!List.of("template", "include", "rename", "constants").contains(key)) {
                throw mapping.error(key, "unknown mapping key (expected template, include, rename or constants)");
            }
        }
        if (json.getValue("template") != null) {
            if (json.size() > 1) {
                throw mapping.error("template", "cannot be combined with include, rename or constants");
            }
            if (!(json.getValue("template") instanceof JsonObject t)) {
                throw mapping.error("template", "must be a mapping (the JSON object to send)");
            }
            return new PayloadMapping(t.copy(), List.of(), Map.of(), Map.of());
        }
        List<String> include = mapping.strings("include");
        Map<String, String> rename = new LinkedHashMap<>();
        Settings renames = mapping.section("rename");
        for (String from : renames.json().fieldNames()) {
            rename.put(from, renames.string(from));
        }
        Map<String, Object> constants =
                new LinkedHashMap<>(mapping.section("constants").json().getMap());
        return new PayloadMapping(null, include, rename, constants);
    }

    /** The body to send for {@code payload}; the payload is not changed. */
    public JsonObject apply(JsonObject payload) {
        if (template != null) {
            return (JsonObject) fill(template, payload);
        }
        JsonObject out;
        if (include.isEmpty()) {
            out = payload.copy();
        } else {
            out = new JsonObject();
            for (String path : include) {
                Object value = get(payload, path);
                if (value != null) {
                    put(out, path, copy(value));
                }
            }
        }
        for (Map.Entry<String, String> r : rename.entrySet()) {
            Object value = get(payload, r.getKey());
            remove(out, r.getKey());
            if (value != null) {
                put(out, r.getValue(), copy(value));
            }
        }
        constants.forEach((path, value) -> put(out, path, copy(value)));
        return out;
    }

    private static Object fill(Object node, JsonObject payload) {
        if (node instanceof JsonObject object) {
            JsonObject out = new JsonObject();
            object.forEach(e -> out.put(e.getKey(), fill(e.getValue(), payload)));
            return out;
        }
        if (node instanceof JsonArray array) {
            JsonArray out = new JsonArray();
            array.forEach(item -> out.add(fill(item, payload)));
            return out;
        }
        if (node instanceof String s) {
            Matcher whole = PLACEHOLDER.matcher(s);
            if (whole.matches()) {
                return copy(get(payload, whole.group(1)));
            }
            Matcher m = PLACEHOLDER.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object value = get(payload, m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
            }
            m.appendTail(out);
            return out.toString();
        }
        return node;
    }

    static Object get(JsonObject root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (current instanceof JsonObject o) {
                current = o.getValue(part);
            } else if (current instanceof JsonArray a && part.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(part);
                current = i < a.size() ? a.getValue(i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    private static void put(JsonObject root, String path, Object value) {
        String[] parts = path.split("\\.");
        JsonObject current = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = current.getValue(parts[i]);
            JsonObject child;
            if (next instanceof JsonObject o) {
                child = o;
            } else {
                child = new JsonObject();
                current.put(parts[i], child);
            }
            current = child;
        }
        current.put(parts[parts.length - 1], value);
    }

    private static void remove(JsonObject root, String path) {
        String[] parts = path.split("\\.");
        JsonObject current = root;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(current.getValue(parts[i]) instanceof JsonObject o)) {
                return;
            }
            current = o;
        }
        current.remove(parts[parts.length - 1]);
    }

    private static Object copy(Object value) {
        if (value instanceof JsonObject o) {
            return o.copy();
        }
        if (value instanceof JsonArray a) {
            return a.copy();
        }
        if (value instanceof Map<?, ?> m) {
            return new JsonObject(new LinkedHashMap<>(castMap(m))).copy();
        }
        if (value instanceof List<?> l) {
            return new JsonArray(List.copyOf(l)).copy();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
