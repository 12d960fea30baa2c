package org.onewindow.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON Schemas (2020-12) of the content kinds, read from the jar (the build copies them from
 * {@code knowledge-base/schemas/}), and their errors turned into sentences with the YAML line.
 * Immutable and thread-safe once built; build one and share it.
 */
final class ContentSchemas {

    /** One schema per kind of content file. */
    enum Kind {
        DEPARTMENTS("departments"),
        PROCESS("process"),
        CALENDAR("calendar"),
        FAQ("faq"),
        FRONT_MATTER("front-matter"),
        FACTS("facts"),
        INCENTIVE("incentive"),
        CONNECTOR("connector");

        final String file;

        Kind(String name) {
            this.file = name + ".schema.json";
        }
    }

    /** Where the build puts the schemas inside the jar. */
    static final String RESOURCE_DIR = "/org/onewindow/content/schemas/";

    private final Map<Kind, Schema> schemas = new EnumMap<>(Kind.class);
    private final Map<Kind, JsonNode> documents = new EnumMap<>(Kind.class);

    ContentSchemas() {
        ObjectMapper json = new ObjectMapper();
        // Formats are assertions here (a "date" must be a real date), and a schema may say in its
        // own "message" what an editor should do, instead of the validator's generic sentence.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .errorMessageKeyword("message")
                        .build()));
        for (Kind kind : Kind.values()) {
            try (InputStream in = ContentSchemas.class.getResourceAsStream(RESOURCE_DIR + kind.file)) {
                if (in == null) {
                    throw new IllegalStateException("schema " + kind.file + " is missing from the jar");
                }
                JsonNode document = json.readTree(in);
                documents.put(kind, document);
                schemas.put(kind, registry.getSchema(document));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + kind.file, e);
            }
        }
    }

    /** The problems of one document against the schema of its kind, each at its line. */
    List<Problem> validate(Kind kind, LocatedYaml yaml, java.nio.file.Path file) {
        List<Problem> out = new ArrayList<>();
        for (Error e : schemas.get(kind).validate(yaml.root())) {
            String pointer = pointer(e.getInstanceLocation());
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            int line;
            String message;
            if (keyword.equals("additionalProperties") && e.getProperty() != null) {
                String key = e.getProperty();
                line = yaml.lineOf(pointer + "/" + LocatedYaml.escape(key));
                message = where(pointer) + "unknown key '" + key + "'" + allowed(kind, e);
            } else if (keyword.equals("required") && e.getProperty() != null) {
                line = yaml.lineOf(pointer);
                message = where(pointer) + "missing '" + e.getProperty() + "'";
            } else if (keyword.equals("false")) {
                line = yaml.lineOf(pointer);
                message = "'" + lastSegment(pointer) + "' does not belong here";
            } else if (keyword.equals("enum") && e.getInstanceNode() != null && e.getSchemaNode() != null) {
                line = yaml.lineOf(pointer);
                List<String> values = new ArrayList<>();
                e.getSchemaNode().forEach(v -> values.add(v.asText()));
                message = where(pointer) + "'" + e.getInstanceNode().asText() + "' is not one of: "
                        + String.join(", ", values);
            } else if (keyword.equals("format") && e.getInstanceNode() != null) {
                line = yaml.lineOf(pointer);
                message = where(pointer) + "'" + e.getInstanceNode().asText() + "' is not a date (YYYY-MM-DD)";
            } else {
                line = yaml.lineOf(pointer);
                message = where(pointer) + withoutLocation(e.getMessage(), e);
            }
            out.add(new Problem(file, line, message));
        }
        return out;
    }

    /** {@code /fields/2/type} for a validator path (its elements are names and indexes). */
    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(LocatedYaml.escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    /** "fields[2].type: " for a pointer, the way the keys read in the YAML; empty at the top. */
    static String where(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (key.chars().allMatch(Character::isDigit) && !key.isEmpty()) {
                sb.append('[').append(key).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(key);
            }
        }
        return sb + ": ";
    }

    private static String lastSegment(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1)
                .replace("~1", "/")
                .replace("~0", "~");
    }

    /** " (allowed: a, b, c)" from the properties beside the failing additionalProperties. */
    private String allowed(Kind kind, Error e) {
        NodePath fragment =
                e.getSchemaLocation() == null ? null : e.getSchemaLocation().getFragment();
        if (fragment == null) {
            return "";
        }
        JsonNode node = documents.get(kind);
        // The fragment ends in ".../additionalProperties"; its parent is the object schema.
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        JsonNode properties = node == null ? null : node.get("properties");
        if (properties == null || !properties.isObject()) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return " (allowed: " + String.join(", ", names) + ")";
    }

    /** The validator's sentence without its leading instance location. */
    private static String withoutLocation(String message, Error e) {
        String m = message == null ? e.toString() : message;
        String location = String.valueOf(e.getInstanceLocation());
        if (m.startsWith(location + ": ")) {
            m = m.substring(location.length() + 2);
        }
        return m;
    }
}
