package org.onewindow.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** An immutable snapshot of the process definitions, loaded from one directory of YAML files. */
public final class ProcessCatalog {

    private final Map<String, ProcessDefinition> byId;

    private ProcessCatalog(Map<String, ProcessDefinition> byId) {
        this.byId = byId;
    }

    /** A catalog of definitions built in code (tests). */
    public static ProcessCatalog of(List<ProcessDefinition> definitions) {
        Map<String, ProcessDefinition> m = new LinkedHashMap<>();
        for (ProcessDefinition d : definitions) {
            if (m.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("duplicate process id '" + d.id() + "'");
            }
        }
        return new ProcessCatalog(java.util.Collections.unmodifiableMap(m));
    }

    /**
     * Loads every {@code *.yaml} / {@code *.yml} of {@code processesDir} (sorted by name). Any
     * problem fails the whole load with a message {@code "<file>:<line>: <problem>"}.
     */
    public static ProcessCatalog load(Path processesDir) throws ProcessDefinitionException {
        List<Path> files;
        try (Stream<Path> s = Files.list(processesDir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ProcessDefinitionException(
                    processesDir.toString(), 0, "cannot list the directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ProcessDefinitionException(processesDir.toString(), 0, "no process definitions (*.yaml) found");
        }
        Map<String, ProcessDefinition> m = new LinkedHashMap<>();
        for (Path file : files) {
            ProcessDefinition d = DefinitionReader.read(file);
            ProcessDefinition earlier = m.putIfAbsent(d.id(), d);
            if (earlier != null) {
                throw new ProcessDefinitionException(
                        file.getFileName().toString(),
                        1,
                        "duplicate process id '" + d.id() + "' (also defined in " + earlier.sourceFile() + ")");
            }
        }
        return new ProcessCatalog(java.util.Collections.unmodifiableMap(m));
    }

    /** Reads and checks one definition file, as {@link #load} does for each file of its directory. */
    public static ProcessDefinition read(Path file) throws ProcessDefinitionException {
        return DefinitionReader.read(file);
    }

    public List<ProcessDefinition> all() {
        return List.copyOf(byId.values());
    }

    public Optional<ProcessDefinition> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
