package org.onewindow.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a Jackson tree plus the line of every node, keyed by JSON pointer, so that a
 * schema error (which names a pointer) can name the line an editor must look at. A map entry's line
 * is its key's line. Built from Jackson's streaming YAML parser (the same one the loaders use), so a
 * file reads here as it reads there.
 */
final class LocatedYaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A syntax error, or a duplicate key (the loaders reject those too). */
    record Flaw(int line, String message) {}

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<Flaw> flaws;

    private LocatedYaml(JsonNode root, Map<String, Integer> lines, List<Flaw> flaws) {
        this.root = root;
        this.lines = lines;
        this.flaws = List.copyOf(flaws);
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of its file (front matter
     * starts below the {@code ---}). An empty document has a null root; a syntax error leaves a
     * null root and one flaw.
     */
    static LocatedYaml parse(String text, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        List<Flaw> flaws = new ArrayList<>();
        int offset = firstLine - 1;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new LocatedYaml(null, lines, flaws);
            }
            JsonNode root = node(p, t, "", offset, lines, flaws);
            lines.putIfAbsent("", firstLine);
            return new LocatedYaml(root, lines, flaws);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? firstLine : at.getLineNr() + offset;
            flaws.add(new Flaw(line, "not valid YAML: " + firstLine(e.getOriginalMessage())));
            return new LocatedYaml(null, lines, flaws);
        } catch (IOException e) {
            flaws.add(new Flaw(firstLine, "cannot read: " + e.getMessage()));
            return new LocatedYaml(null, lines, flaws);
        }
    }

    private static JsonNode node(
            JsonParser p, JsonToken t, String pointer, int offset, Map<String, Integer> lines, List<Flaw> flaws)
            throws IOException {
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr() + offset);
        switch (t) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr() + offset;
                    String child = pointer + "/" + escape(key);
                    if (object.has(key)) {
                        flaws.add(new Flaw(keyLine, "duplicate key '" + key + "'"));
                        p.nextToken();
                        p.skipChildren();
                        continue;
                    }
                    lines.put(child, keyLine);
                    object.set(key, node(p, p.nextToken(), child, offset, lines, flaws));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(node(p, next, pointer + "/" + array.size(), offset, lines, flaws));
                }
                return array;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.textNode(p.getText());
            }
        }
    }

    /** The document's tree; null when it is empty or not valid YAML. */
    JsonNode root() {
        return root;
    }

    List<Flaw> flaws() {
        return flaws;
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one. */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A JSON pointer segment (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
