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
 * Hot reload of the knowledge base's configuration (the processes folder and the department registry,
 * the incentives folder): a change the content check passes is taken in, a bad edit keeps the last
 * good version ({@link KnowledgeReloads}).
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
            // The registry names the processes' departments: an edit of it reloads and re-indexes them too.
            KnowledgeReloads.Reload processReload = KnowledgeReloads.checked(
                    processes.content()::processes, knowledge.generatedDocuments()::reloadProcesses);
            timers.add(watch("processes", "processes", processReload));
            timers.add(watch(ProcessesModule.REGISTRY, "departments", processReload));
            timers.add(
                    watch("incentives", "incentives", KnowledgeReloads.checked(processes.content()::incentives, () -> {
                        incentives.reload();
                        knowledge.generatedDocuments().replace();
                    })));
            return null;
        });
    }

    @Override
    public Future<Void> stop() {
        timers.forEach(vertx::cancelTimer);
        timers.clear();
        return Future.succeededFuture();
    }

    /** Reloads when {@code path} (a folder or file of the knowledge base) changes; {@code name} labels the logs. */
    private long watch(String path, String name, KnowledgeReloads.Reload reload) {
        Path watched = config.knowledgeBase().resolve(path);
        return KnowledgeReloads.watch(vertx, watched, name, reload, applied -> metrics.reloaded(name, applied));
    }
}
