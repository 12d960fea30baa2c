package org.onewindow.process;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current catalog of a directory and the department registry its definitions name, reloadable
 * together: a reload that fails keeps the last good catalog and registry (and reports why), so a
 * half-edited YAML file never takes the processes or the departments' names away. Thread-safe.
 */
public final class ProcessCatalogHolder {

    private final Path dir;
    private final Path registryFile;
    private final AtomicReference<ProcessCatalog> current;
    private final AtomicReference<DepartmentRegistry> departments;

    private ProcessCatalogHolder(Path dir, Path registryFile, ProcessCatalog first, DepartmentRegistry registry) {
        this.dir = dir;
        this.registryFile = registryFile;
        this.current = new AtomicReference<>(first);
        this.departments = new AtomicReference<>(registry);
    }

    /**
     * Loads the first catalog of {@code dir} and the registry {@code registryFile}
     * ({@code knowledge-base/departments.yaml}); fails when even these are bad.
     */
    public static ProcessCatalogHolder load(Path dir, Path registryFile) throws ProcessDefinitionException {
        DepartmentRegistry registry = DepartmentRegistry.load(Objects.requireNonNull(registryFile));
        return new ProcessCatalogHolder(Objects.requireNonNull(dir), registryFile, ProcessCatalog.load(dir), registry);
    }

    public ProcessCatalog current() {
        return current.get();
    }

    /** The current department registry: the names of the departments the definitions list by id. */
    public DepartmentRegistry departments() {
        return departments.get();
    }

    /**
     * Loads the registry and the directory again. On success both become current and the new catalog
     * is returned; on failure the exception says why and {@link #current()} and {@link #departments()}
     * are still the last good ones.
     */
    public ProcessCatalog reload() throws ProcessDefinitionException {
        DepartmentRegistry registry = DepartmentRegistry.load(registryFile);
        ProcessCatalog next = ProcessCatalog.load(dir);
        departments.set(registry);
        current.set(next);
        return next;
    }
}
