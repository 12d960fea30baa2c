package org.onewindow.process;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onewindow.shared.Lang;

/**
 * The park's departments by id, read from {@code knowledge-base/departments.yaml}: the one place their
 * names are written. Process definitions, FAQ entries, documents and connectors name a department
 * by its id; whoever shows one to a person asks this registry for its name. Immutable.
 */
public final class DepartmentRegistry {

    private final Map<String, Department> byId;

    private DepartmentRegistry(Map<String, Department> byId) {
        this.byId = byId;
    }

    /** A registry built in code (tests). */
    public static DepartmentRegistry of(List<Department> departments) {
        Map<String, Department> m = new LinkedHashMap<>();
        for (Department d : departments) {
            if (m.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("department '" + d.id() + "' is listed twice");
            }
        }
        return new DepartmentRegistry(Collections.unmodifiableMap(m));
    }

    /** Reads the registry file; any problem fails the load with its file and line. */
    public static DepartmentRegistry load(Path file) throws ProcessDefinitionException {
        YamlNode root = YamlNode.read(file);
        root.onlyKeys("the department registry", Set.of("departments"));
        Map<String, Department> m = new LinkedHashMap<>();
        for (YamlNode d : root.items("departments")) {
            d.onlyKeys("a department", Set.of("id", "name"));
            String id = d.string("id");
            if (m.putIfAbsent(id, new Department(id, d.localized("name"))) != null) {
                throw d.get("id").error("department '" + id + "' is listed twice");
            }
        }
        if (m.isEmpty()) {
            throw root.error("'departments' must list at least one department");
        }
        return new DepartmentRegistry(Collections.unmodifiableMap(m));
    }

    public List<Department> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Department> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The department's name in {@code lang}; its id when the registry does not list it. */
    public String name(String id, Lang lang) {
        Department d = id == null ? null : byId.get(id);
        return d == null ? id : d.name(lang);
    }

    /** Several departments' names joined for a sentence ("Market Regulation Administration, Tax Bureau"). */
    public String names(List<String> ids, Lang lang) {
        return String.join(
                lang == Lang.ZH ? "、" : ", ",
                ids.stream().map(id -> name(id, lang)).toList());
    }
}
