package org.onewindow.process;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current catalog of a directory, reloadable: a reload that fails keeps the last good catalog
 * (and reports why), so a half-edited YAML file never takes the processes away. Thread-safe.
 */
public final class ProcessCatalogHolder {

    private final Path dir;
    private final AtomicReference<ProcessCatalog> current;

    private ProcessCatalogHolder(Path dir, ProcessCatalog first) {
        this.dir = dir;
        this.current = new AtomicReference<>(first);
    }

    /** Loads the first catalog; fails when even that one is bad. */
    public static ProcessCatalogHolder load(Path dir) throws ProcessDefinitionException {
        return new ProcessCatalogHolder(Objects.requireNonNull(dir), ProcessCatalog.load(dir));
    }

    public ProcessCatalog current() {
        return current.get();
    }

    /**
     * Loads the directory again. On success the new catalog becomes current and is returned; on
     * failure the exception says why and {@link #current()} is still the last good catalog.
     */
    public ProcessCatalog reload() throws ProcessDefinitionException {
        ProcessCatalog next = ProcessCatalog.load(dir);
        current.set(next);
        return next;
    }
}
