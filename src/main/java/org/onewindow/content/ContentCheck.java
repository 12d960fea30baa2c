package org.onewindow.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.onewindow.knowledge.ingest.DocumentReader;
import org.onewindow.process.DepartmentRegistry;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinitionException;
import org.onewindow.process.WorkingDayCalendar;

/**
 * Checks the content of a knowledge base and a connectors directory without starting anything:
 * each file against its schema, every department id against the registry, every process id a
 * connector or incentive names against the process definitions, and each file through the loader
 * that will read it (for the rules a schema cannot say). Problems come back sorted by file and
 * line; none means the server would take the content in as it is.
 */
public final class ContentCheck {

    static final String REGISTRY_FILE = "departments.yaml";

    private final Path knowledgeBase;
    private final Path connectors;
    private final ContentSchemas schemas;

    /** @param connectors the connectors directory, or null to leave connectors out */
    public ContentCheck(Path knowledgeBase, Path connectors) {
        this.knowledgeBase = knowledgeBase;
        this.connectors = connectors;
        this.schemas = SchemasHolder.SCHEMAS;
    }

    /** Everything: registry, processes, calendars, FAQ, documents, incentives and connectors. */
    public List<Problem> all() {
        List<Problem> out = new ArrayList<>();
        Set<String> departments = registry(out);
        Set<String> processes = processes(departments, out);
        calendars(out);
        for (Path file : files(knowledgeBase, true)) {
            String rel = knowledgeBase.relativize(file).toString().replace('\\', '/');
            if (isFaq(rel) || isMarkdownDocument(rel)) {
                out.addAll(document(file, rel, departments));
            }
        }
        new IncentiveChecks(schemas, knowledgeBase.resolve("incentives"), processes).check(out);
        connectors(departments, processes, out);
        return sorted(out);
    }

    /** What a change to {@code processes/} must pass: the registry and the process definitions. */
    public List<Problem> processes() {
        List<Problem> out = new ArrayList<>();
        processes(registry(out), out);
        return sorted(out);
    }

    /** What a change to {@code incentives/} must pass (process ids are read, not checked). */
    public List<Problem> incentives() {
        List<Problem> out = new ArrayList<>();
        new IncentiveChecks(schemas, knowledgeBase.resolve("incentives"), processIds()).check(out);
        return sorted(out);
    }

    /**
     * What one indexed document must pass: an FAQ file its schema, a Markdown document its front
     * matter; both name registry departments. Other documents (PDF, Word, text) have nothing to check.
     */
    public List<Problem> document(Path file) {
        Path root = knowledgeBase.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return List.of();
        }
        String rel = root.relativize(absolute).toString().replace('\\', '/');
        if (!isFaq(rel) && !isMarkdownDocument(rel)) {
            return List.of();
        }
        List<Problem> registryProblems = new ArrayList<>();
        Set<String> departments = registry(registryProblems);
        List<Problem> out = new ArrayList<>(registryProblems);
        out.addAll(document(file, rel, departments));
        return sorted(out);
    }

    static boolean isFaq(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.startsWith("faq/") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    static boolean isMarkdownDocument(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".md") || lower.endsWith(".markdown")) && DocumentReader.isDocument(rel);
    }

    /** The registry's ids; empty (and a problem) when it is missing or broken, so no id is reported twice. */
    private Set<String> registry(List<Problem> out) {
        Path file = knowledgeBase.resolve(REGISTRY_FILE);
        if (!Files.isRegularFile(file)) {
            out.add(new Problem(
                    file,
                    0,
                    "the department registry is missing: list each department's id and "
                            + "en/zh name under 'departments:'"));
            return null;
        }
        ContentFile f = ContentFile.yaml(file);
        Set<String> ids = new LinkedHashSet<>();
        if (f.root() != null) {
            f.problems.addAll(schemas.validate(ContentSchemas.Kind.DEPARTMENTS, f.yaml, file));
            JsonNode list = f.root().path("departments");
            for (int i = 0; i < list.size(); i++) {
                String id = f.text("/departments/" + i + "/id");
                if (id != null && !ids.add(id)) {
                    f.problem("/departments/" + i + "/id", "department '" + id + "' is listed twice");
                }
            }
        } else if (f.problems.isEmpty()) {
            f.problems.add(new Problem(file, 1, "the file is empty"));
        }
        if (f.problems.isEmpty()) {
            try {
                DepartmentRegistry.load(file);
            } catch (ProcessDefinitionException e) {
                f.problems.add(new Problem(file, e.line(), e.problem()));
            }
        }
        out.addAll(f.problems);
        return f.problems.isEmpty() ? ids : null;
    }

    /** Reports an id that is not in the registry (nothing when the registry itself is broken). */
    static void department(ContentFile f, String pointer, Set<String> registry, String what) {
        String id = f.text(pointer);
        if (registry != null && id != null && !id.isEmpty() && !registry.contains(id)) {
            f.problem(
                    pointer,
                    what + " '" + id + "' is not in " + REGISTRY_FILE + " (known: " + String.join(", ", registry)
                            + ")");
        }
    }

    private Set<String> processes(Set<String> departments, List<Problem> out) {
        Path dir = knowledgeBase.resolve("processes");
        List<Path> files = yamlFiles(dir);
        if (files.isEmpty()) {
            out.add(new Problem(dir, 0, "no process definitions (*.yaml) found"));
        }
        Map<String, Path> ids = new HashMap<>();
        for (Path file : files) {
            ContentFile f = ContentFile.yaml(file);
            if (f.root() == null && f.problems.isEmpty()) {
                f.problems.add(new Problem(file, 1, "the file is empty"));
            }
            if (f.root() != null) {
                f.problems.addAll(schemas.validate(ContentSchemas.Kind.PROCESS, f.yaml, file));
                for (int i = 0; i < f.root().path("departments").size(); i++) {
                    department(f, "/departments/" + i, departments, "department");
                }
                String id = f.text("/id");
                Path earlier = id == null ? null : ids.putIfAbsent(id, file);
                if (earlier != null) {
                    f.problem("/id", "process id '" + id + "' is also used by " + earlier.getFileName());
                }
            }
            if (f.problems.isEmpty()) {
                try {
                    ProcessCatalog.read(file);
                } catch (ProcessDefinitionException e) {
                    f.problems.add(new Problem(file, e.line(), e.problem()));
                }
            }
            out.addAll(f.problems);
        }
        return ids.keySet();
    }

    /** The ids the process files declare, read without checking them (for references). */
    private Set<String> processIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Path file : yamlFiles(knowledgeBase.resolve("processes"))) {
            String id = ContentFile.yaml(file).text("/id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void calendars(List<Problem> out) {
        Path dir = knowledgeBase.resolve("calendar");
        List<Path> files = yamlFiles(dir);
        if (files.isEmpty()) {
            out.add(new Problem(dir, 0, "no calendar files (<year>.yaml) found"));
            return;
        }
        boolean clean = true;
        for (Path file : files) {
            ContentFile f = ContentFile.yaml(file);
            if (!file.getFileName().toString().matches("\\d{4}\\.ya?ml")) {
                f.problems.add(new Problem(
                        file, 0, "a calendar file is named after its year, like 2026.yaml; " + "this one is not read"));
            } else if (f.root() != null) {
                f.problems.addAll(schemas.validate(ContentSchemas.Kind.CALENDAR, f.yaml, file));
            } else if (f.problems.isEmpty()) {
                f.problems.add(new Problem(file, 1, "the file is empty"));
            }
            clean &= f.problems.isEmpty();
            out.addAll(f.problems);
        }
        if (clean) {
            try {
                WorkingDayCalendar.load(dir);
            } catch (ProcessDefinitionException e) {
                out.add(new Problem(dir.resolve(e.file()), e.line(), e.problem()));
            }
        }
    }

    private List<Problem> document(Path file, String rel, Set<String> departments) {
        if (isFaq(rel)) {
            ContentFile f = ContentFile.yaml(file);
            if (f.root() == null && f.problems.isEmpty()) {
                f.problems.add(new Problem(file, 1, "the file is empty"));
            }
            if (f.root() != null) {
                f.problems.addAll(schemas.validate(ContentSchemas.Kind.FAQ, f.yaml, file));
                String list = f.root().isObject() ? "/entries" : "";
                Set<String> ids = new LinkedHashSet<>();
                for (int i = 0; i < f.root().at(list.isEmpty() ? "" : list).size(); i++) {
                    String entry = list + "/" + i;
                    department(f, entry + "/department", departments, "department");
                    String id = f.text(entry + "/id");
                    if (id != null && !ids.add(id)) {
                        f.problem(entry + "/id", "FAQ id '" + id + "' is used twice in this file");
                    }
                }
            }
            return f.problems;
        }
        ContentFile f = ContentFile.frontMatter(file);
        if (f.root() != null) {
            f.problems.addAll(schemas.validate(ContentSchemas.Kind.FRONT_MATTER, f.yaml, file));
            department(f, "/department", departments, "department");
        }
        return f.problems;
    }

    private void connectors(Set<String> departments, Set<String> processes, List<Problem> out) {
        if (connectors == null || !Files.isDirectory(connectors)) {
            return;
        }
        Map<String, Path> ids = new HashMap<>();
        for (Path file : yamlFiles(connectors)) {
            ContentFile f = ContentFile.yaml(file);
            if (f.root() == null) {
                out.addAll(f.problems); // an empty or all-comment file is an example, as the loader says
                continue;
            }
            f.problems.addAll(schemas.validate(ContentSchemas.Kind.CONNECTOR, f.yaml, file));
            department(f, "/id", departments, "connector id (the department it delivers to)");
            String id = f.text("/id");
            Path earlier = id == null ? null : ids.putIfAbsent(id, file);
            if (earlier != null) {
                f.problem("/id", "connector id '" + id + "' is also used by " + earlier.getFileName());
            }
            JsonNode named = f.root().path("processes");
            List<String> pointers = new ArrayList<>();
            if (named.isTextual()) {
                pointers.add("/processes");
            }
            for (int i = 0; named.isArray() && i < named.size(); i++) {
                pointers.add("/processes/" + i);
            }
            for (String pointer : pointers) {
                String process = f.text(pointer);
                if (process != null && !processes.contains(process)) {
                    f.problem(
                            pointer,
                            "process '" + process + "' is not defined in processes/ (known: "
                                    + String.join(
                                            ", ", processes.stream().sorted().toList()) + ")");
                }
            }
            out.addAll(f.problems);
        }
    }

    static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> files(Path root, boolean recursive) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = recursive ? Files.walk(root) : Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().distinct().sorted(Problem.ORDER).toList();
    }

    /** The schemas are read once per JVM: the check runs on every reload. */
    private static final class SchemasHolder {
        static final ContentSchemas SCHEMAS = new ContentSchemas();
    }
}
