package org.onewindow.conversation;

import io.vertx.core.Vertx;
import java.time.Clock;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.policy.IncentiveCatalogHolder;
import org.onewindow.policy.IncentiveLoadException;
import org.onewindow.policy.ProfileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A change to the incentive policies taken in: the catalog is loaded again, and every enterprise
 * that now qualifies for a policy it did not before is told ({@link ProactiveIncentives}).
 * Blocking (it reads the folder): call it on a worker.
 */
public final class IncentivesReload {

    private static final Logger LOG = LoggerFactory.getLogger(IncentivesReload.class);

    private final Vertx vertx;
    private final IncentiveCatalogHolder incentives;
    private final ProfileStore profiles;
    private final ConversationService conversations;
    private final Clock clock;

    public IncentivesReload(
            Vertx vertx,
            IncentiveCatalogHolder incentives,
            ProfileStore profiles,
            ConversationService conversations,
            Clock clock) {
        this.vertx = vertx;
        this.incentives = incentives;
        this.profiles = profiles;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** Loads the incentive folder again; a {@code facts.yaml} that does not load changes nothing. */
    public void reload() throws IncentiveLoadException {
        IncentiveCatalog before = incentives.current();
        IncentiveCatalog after = incentives.reload();
        after.problems().forEach(p -> LOG.warn("incentive not loaded: {}", p.message()));
        LOG.info("incentives reloaded: {}", after.incentives().size());
        ProactiveIncentives.tell(vertx, profiles, conversations, before, after, clock);
    }
}
