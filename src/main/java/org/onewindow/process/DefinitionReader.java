package org.onewindow.process;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.form.FieldRules;
import org.onewindow.form.FieldType;
import org.onewindow.form.LocalizedText;
import org.onewindow.form.Option;

/** Reads one process definition file, checking its shape and its meaning; every error names its line. */
final class DefinitionReader {

    private static final Set<String> TOP_KEYS = Set.of(
            "id",
            "schemaVersion",
            "title",
            "description",
            "triggers",
            "departments",
            "sla",
            "slaVerified",
            "slaSource",
            "privacy",
            "fields",
            "documents");
    private static final Set<String> FIELD_KEYS = Set.of(
            "name",
            "type",
            "label",
            "prompt",
            "why",
            "example",
            "required",
            "options",
            "personal",
            "when",
            "rules",
            "prefill",
            "aliases");
    private static final Map<FieldType, Set<String>> RULES_BY_TYPE = Map.of(
            FieldType.TEXT, Set.of("minLength", "maxLength", "pattern", "patternHint"),
            FieldType.NUMBER, Set.of("min", "max", "integer"),
            FieldType.MONEY, Set.of("min", "max"),
            FieldType.DATE, Set.of("notInPast", "notInFuture", "workingDay", "maxDaysAhead"),
            FieldType.FILE, Set.of("fileTypes", "maxBytes"));
    private static final String NAME = "[a-z][A-Za-z0-9]*";

    private DefinitionReader() {}

    static ProcessDefinition read(Path path) throws ProcessDefinitionException {
        YamlNode root = YamlNode.read(path);
        root.onlyKeys("a process definition", TOP_KEYS);
        String id = root.string("id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw root.get("id").error("process id '" + id + "' must be lower-case letters, digits and hyphens");
        }
        Integer schemaVersion = root.optInt("schemaVersion");
        if (schemaVersion == null || schemaVersion < 1) {
            throw (root.has("schemaVersion") ? root.get("schemaVersion") : root)
                    .error("'schemaVersion' must be a whole number ≥ 1");
        }
        LocalizedText title = root.localized("title");
        LocalizedText description = root.localized("description");
        YamlNode triggers = root.get("triggers").onlyKeys("'triggers'", Set.of("en", "zh"));
        List<String> en = triggers.strings("en");
        List<String> zh = triggers.strings("zh");
        if (en.isEmpty() || zh.isEmpty()) {
            throw triggers.error("'triggers' needs at least one en and one zh phrase");
        }
        List<String> departments = new ArrayList<>();
        for (YamlNode d : root.items("departments")) {
            if (d.kind != YamlNode.Kind.SCALAR) {
                throw d.error("a department is named by its id in departments.yaml (like tax); "
                        + "its names are written there, not here");
            }
            departments.add(d.text().trim());
        }
        if (departments.isEmpty()) {
            throw root.error("'departments' must list at least one department");
        }
        Sla sla = sla(root);
        YamlNode privacyNode = root.get("privacy").onlyKeys("'privacy'", Set.of("noticeVersion", "retention"));
        PrivacyNotice privacy =
                new PrivacyNotice(privacyNode.string("noticeVersion"), privacyNode.localized("retention"));

        List<FieldSpec> fields = new ArrayList<>();
        Map<String, FieldSpec> byName = new HashMap<>();
        Set<String> allNames = new HashSet<>();
        for (YamlNode f : root.items("fields")) {
            String name = f.string("name");
            if (!allNames.add(name)) {
                throw f.get("name").error("duplicate field name '" + name + "'");
            }
        }
        for (YamlNode f : root.items("fields")) {
            FieldSpec spec = field(f, byName, allNames);
            fields.add(spec);
            byName.put(spec.name(), spec);
        }
        if (fields.isEmpty()) {
            throw root.error("'fields' must list at least one field");
        }
        List<DocumentRequirement> documents = new ArrayList<>();
        Set<String> docIds = new HashSet<>();
        for (YamlNode d : root.items("documents")) {
            d.onlyKeys("a document", Set.of("id", "label", "required", "when"));
            String docId = d.string("id");
            if (!docIds.add(docId)) {
                throw d.get("id").error("duplicate document id '" + docId + "'");
            }
            Condition when = d.has("when") ? condition(d.get("when"), byName, allNames, null) : null;
            documents.add(new DocumentRequirement(docId, d.localized("label"), d.bool("required", true), when));
        }
        return new ProcessDefinition(
                id,
                title,
                description,
                en,
                zh,
                departments,
                sla,
                fields,
                documents,
                schemaVersion,
                privacy,
                path.getFileName().toString());
    }

    private static Sla sla(YamlNode root) throws ProcessDefinitionException {
        YamlNode n = root.get("sla").onlyKeys("'sla'", Set.of("minWorkingDays", "maxWorkingDays"));
        Integer min = n.optInt("minWorkingDays");
        Integer max = n.optInt("maxWorkingDays");
        if (min == null || max == null) {
            throw n.error("'sla' needs minWorkingDays and maxWorkingDays");
        }
        if (min < 1) {
            throw n.get("minWorkingDays").error("minWorkingDays must be at least 1, not " + min);
        }
        if (min > max) {
            throw n.get("minWorkingDays")
                    .error("minWorkingDays (" + min + ") is greater than maxWorkingDays (" + max + ")");
        }
        if (!root.has("slaVerified")) {
            throw root.error(
                    "missing 'slaVerified' (true when the time limit comes from a cited policy, false for the park's sample commitment)");
        }
        boolean verified = root.bool("slaVerified", false);
        if (verified && root.optString("slaSource") == null) {
            throw root.get("slaVerified").error("a verified time limit needs 'slaSource' naming where it comes from");
        }
        return new Sla(min, max, verified);
    }

    private static FieldSpec field(YamlNode f, Map<String, FieldSpec> earlier, Set<String> allNames)
            throws ProcessDefinitionException {
        f.onlyKeys("a field", FIELD_KEYS);
        String name = f.string("name");
        if (!name.matches(NAME)) {
            throw f.get("name").error("field name '" + name + "' must be camelCase letters and digits");
        }
        String typeCode = f.string("type");
        FieldType type = FieldType.fromCode(typeCode).orElseThrow(() -> {
            try {
                return f.get("type")
                        .error("unknown field type '" + typeCode + "' (expected one of "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(FieldType.values())
                                                .map(FieldType::code)
                                                .toList())
                                + ")");
            } catch (ProcessDefinitionException e) {
                return e;
            }
        });
        List<Option> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (YamlNode o : f.items("options")) {
            o.onlyKeys("an option", Set.of("value", "label", "synonyms", "description"));
            String value = o.string("value");
            if (!values.add(value)) {
                throw o.get("value").error("duplicate option value '" + value + "'");
            }
            if (type == FieldType.BOOLEAN && !value.equals("true") && !value.equals("false")) {
                throw o.get("value").error("a boolean option's value is true or false, not '" + value + "'");
            }
            options.add(new Option(value, o.localized("label"), o.strings("synonyms"), o.optLocalized("description")));
        }
        if (type == FieldType.ENUM && options.size() < 2) {
            throw f.error("enum field '" + name + "' needs at least two options");
        }
        if (!type.hasOptions() && !options.isEmpty()) {
            throw f.get("options").error("options only apply to enum and boolean fields, not " + type.code());
        }
        LocalizedText example = f.optLocalized("example");
        if (example == null && !type.hasOptions() && type != FieldType.FILE) {
            throw f.error("field '" + name + "' needs an 'example' ({en: ..., zh: ...})");
        }
        Condition when = null;
        if (f.has("when")) {
            when = condition(f.get("when"), earlier, allNames, name);
        }
        String prefill = f.optString("prefill");
        if (prefill != null && !prefill.matches("[a-z]+(\\.[a-zA-Z]+)+")) {
            throw f.get("prefill").error("prefill names a known fact like enterprise.name, not '" + prefill + "'");
        }
        return new FieldSpec(
                name,
                type,
                f.localized("label"),
                f.localized("prompt"),
                f.localized("why"),
                example,
                f.bool("required", true),
                options,
                f.bool("personal", false),
                when,
                rules(f, type),
                prefill,
                f.strings("aliases"));
    }

    private static FieldRules rules(YamlNode f, FieldType type) throws ProcessDefinitionException {
        YamlNode r = f.opt("rules");
        if (r == null) {
            return FieldRules.NONE;
        }
        Set<String> allowed = RULES_BY_TYPE.getOrDefault(type, Set.of());
        r.requireKind(YamlNode.Kind.MAP, "'rules'");
        for (Map.Entry<String, YamlNode> e : r.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue()
                        .error("rule '" + e.getKey() + "' does not apply to a " + type.code() + " field"
                                + (allowed.isEmpty()
                                        ? ""
                                        : " (allowed: "
                                                + String.join(
                                                        ", ",
                                                        allowed.stream()
                                                                .sorted()
                                                                .toList()) + ")"));
            }
        }
        try {
            Integer maxBytes = r.optInt("maxBytes");
            List<String> fileTypes = r.strings("fileTypes");
            BigDecimal min = r.optDecimal("min");
            BigDecimal max = r.optDecimal("max");
            return new FieldRules(
                    r.optInt("minLength"),
                    r.optInt("maxLength"),
                    r.optString("pattern"),
                    r.optLocalized("patternHint"),
                    min,
                    max,
                    r.bool("integer", false),
                    r.bool("notInPast", false),
                    r.bool("notInFuture", false),
                    r.bool("workingDay", false),
                    r.optInt("maxDaysAhead"),
                    fileTypes.isEmpty() ? null : fileTypes,
                    maxBytes == null ? null : maxBytes.longValue());
        } catch (IllegalArgumentException e) { // also PatternSyntaxException
            throw r.error("invalid rules: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * A condition of field {@code owner} (null for a document) may only read fields asked before it.
     */
    private static Condition condition(YamlNode n, Map<String, FieldSpec> earlier, Set<String> allNames, String owner)
            throws ProcessDefinitionException {
        n.requireKind(YamlNode.Kind.MAP, "a condition");
        if (n.has("field")) {
            n.onlyKeys("a condition", Set.of("field", "equals", "in"));
            String ref = n.string("field");
            if (!allNames.contains(ref)) {
                throw n.get("field").error("condition refers to unknown field '" + ref + "'");
            }
            FieldSpec target = earlier.get(ref);
            if (target == null) {
                throw n.get("field")
                        .error(
                                "condition of '" + owner + "' refers to '" + ref
                                        + "', which is asked later (or is the field itself); a condition may only use earlier answers");
            }
            if (n.has("equals") == n.has("in")) {
                throw n.error("a field condition needs exactly one of 'equals' and 'in'");
            }
            List<String> values =
                    n.has("equals") ? List.of(n.get("equals").text().trim()) : n.strings("in");
            if (values.isEmpty()) {
                throw n.get("in").error("'in' must list at least one value");
            }
            if (target.type().hasOptions()) {
                Set<String> known = new HashSet<>();
                target.choices().forEach(o -> known.add(o.value()));
                for (String v : values) {
                    if (!known.contains(v)) {
                        throw n.error("'" + v + "' is not a value of field '" + ref + "' (values: "
                                + String.join(", ", known.stream().sorted().toList()) + ")");
                    }
                }
            }
            return Condition.in(ref, values);
        }
        Set<String> keys = n.entries().keySet();
        if (keys.size() != 1 || !Set.of("all", "any", "not").containsAll(keys)) {
            throw n.error("a condition is {field, equals|in}, {all: [...]}, {any: [...]} or {not: {...}}; found keys "
                    + keys);
        }
        if (n.has("not")) {
            return new Condition(null, null, null, null, condition(n.get("not"), earlier, allNames, owner));
        }
        String key = n.has("all") ? "all" : "any";
        List<Condition> parts = new ArrayList<>();
        for (YamlNode part : n.items(key)) {
            parts.add(condition(part, earlier, allNames, owner));
        }
        if (parts.isEmpty()) {
            throw n.error("'" + key + "' must list at least one condition");
        }
        return key.equals("all")
                ? new Condition(null, null, parts, null, null)
                : new Condition(null, null, null, parts, null);
    }
}
