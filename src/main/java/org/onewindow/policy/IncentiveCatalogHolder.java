package org.onewindow.policy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current incentive catalog of a directory, reloadable: a reload whose {@code facts.yaml} is
 * broken keeps the last good catalog (and throws why); a broken incentive file only leaves that
 * incentive out ({@link IncentiveCatalog#problems()}). Thread-safe.
 */
public final class IncentiveCatalogHolder {

    private final Path dir;
    private final AtomicReference<IncentiveCatalog> current;

    private IncentiveCatalogHolder(Path dir, IncentiveCatalog first) {
        this.dir = dir;
        this.current = new AtomicReference<>(first);
    }

    public static IncentiveCatalogHolder load(Path dir) throws IncentiveLoadException {
        return new IncentiveCatalogHolder(Objects.requireNonNull(dir), IncentiveCatalog.load(dir));
    }

    public IncentiveCatalog current() {
        return current.get();
    }

    /**
     * Loads the directory again. On success the new catalog becomes current and is returned (pass
     * the previous one and it to {@link Proactive#newlyEligible}); on failure {@link #current()} is
     * still the last good catalog.
     */
    public IncentiveCatalog reload() throws IncentiveLoadException {
        IncentiveCatalog next = IncentiveCatalog.load(dir);
        current.set(next);
        return next;
    }
}
