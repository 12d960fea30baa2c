package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.onewindow.config.AppConfig;
import org.onewindow.content.ContentCheck;
import org.onewindow.policy.IncentiveCatalogHolder;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content the dialogue runs on: the process definitions and the department registry, the
 * working-day calendar and the incentive policies of the knowledge base, after the content check has
 * had its say.
 */
final class ProcessesModule implements Module {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessesModule.class);
    /** The department registry, in the knowledge base: the names of the departments everything else lists by id. */
    static final String REGISTRY = "departments.yaml";

    private final Vertx vertx;
    private final AppConfig config;
    private ContentCheck content;
    private ProcessCatalogHolder processes;
    private WorkingDayCalendar calendar;
    private IncentiveCatalogHolder incentives;

    ProcessesModule(Vertx vertx, AppConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    @Override
    public String name() {
        return "processes";
    }

    @Override
    public Future<Void> start() {
        return vertx.executeBlocking(() -> {
            // The same check as `onewindow check`; at start it only warns (the loaders below still refuse
            // what they cannot load), on a reload it is the gate a change must pass.
            content = new ContentCheck(config.knowledgeBase(), config.connectors());
            content.all().forEach(p -> LOG.warn("content check: {}", p));
            processes = ProcessCatalogHolder.load(
                    config.knowledgeBase().resolve("processes"),
                    config.knowledgeBase().resolve(REGISTRY));
            calendar = WorkingDayCalendar.load(config.knowledgeBase().resolve("calendar"));
            incentives = IncentiveCatalogHolder.load(config.knowledgeBase().resolve("incentives"));
            incentives.current().problems().forEach(p -> LOG.warn("incentive not loaded: {}", p.message()));
            return null;
        });
    }

    @Override
    public Future<Void> stop() {
        return Future.succeededFuture();
    }

    /** The content check: the gate of every hot reload and of the knowledge base's edits. */
    ContentCheck content() {
        return content;
    }

    ProcessCatalogHolder processes() {
        return processes;
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    IncentiveCatalogHolder incentives() {
        return incentives;
    }
}
