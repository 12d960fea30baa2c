package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.config.AppConfig;
import org.onewindow.conversation.IncentivesReload;
import org.onewindow.metrics.ServiceMetrics;

/**
 * Hot reload of the knowledge base's configuration folders (processes, incentives): a change the
 * content check passes is taken in, a bad edit keeps the last good version ({@link KnowledgeReloads}).
 */
final class ContentReloadsModule implements Module {

    private final Vertx vertx;
    private final AppConfig config;
    private final ProcessesModule processes;
    private final KnowledgeModule knowledge;
    private final StoreModule store;
    private final ConversationsModule conversations;
    private final ServiceMetrics metrics;
    private final Clock clock;
    private final List<Long> timers = new ArrayList<>();

    ContentReloadsModule(
            Vertx vertx,
            AppConfig config,
            Clock clock,
            ProcessesModule processes,
            KnowledgeModule knowledge,
            StoreModule store,
            ConversationsModule conversations,
            ServiceMetrics metrics) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.processes = processes;
        this.knowledge = knowledge;
        this.store = store;
        this.conversations = conversations;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "content reloads";
    }

    @Override
    public Future<Void> start() {
        IncentivesReload incentives = new IncentivesReload(
                vertx, processes.incentives(), store.profiles(), conversations.conversations(), clock);
        // Blocking: each watch takes the folder's first fingerprint.
        return vertx.executeBlocking(() -> {
            timers.add(watch(
                    "processes",
                    KnowledgeReloads.checked(processes.content()::processes, knowledge.processDocuments()::reload)));
            timers.add(
                    watch("incentives", KnowledgeReloads.checked(processes.content()::incentives, incentives::reload)));
            return null;
        });
    }

    @Override
    public Future<Void> stop() {
        timers.forEach(vertx::cancelTimer);
        timers.clear();
        return Future.succeededFuture();
    }

    private long watch(String folder, KnowledgeReloads.Reload reload) {
        Path dir = config.knowledgeBase().resolve(folder);
        return KnowledgeReloads.watch(vertx, dir, folder, reload, applied -> metrics.reloaded(folder, applied));
    }
}
