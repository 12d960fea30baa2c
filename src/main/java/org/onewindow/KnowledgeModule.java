package org.onewindow;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import org.onewindow.config.AppConfig;
import org.onewindow.content.Problem;
import org.onewindow.conversation.GeneratedDocumentsSync;
import org.onewindow.http.HttpApi;
import org.onewindow.http.KnowledgeHealthCheck;
import org.onewindow.knowledge.AnswerPolicy;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.KnowledgeConfig;
import org.onewindow.knowledge.runtime.LuceneKnowledgeBase;
import org.onewindow.metrics.ServiceMetrics;

/**
 * The knowledge base: the Lucene index of the knowledge-base folder (kept in step with it), with
 * the processes as documents of their own; its health, its metrics and its admin routes.
 */
final class KnowledgeModule implements Module {

    private final Vertx vertx;
    private final AppConfig config;
    private final Clock clock;
    private final ProcessesModule processes;
    private final StoreModule store;
    private final ServiceMetrics metrics;
    private final MeterRegistry registry;
    private LuceneKnowledgeBase knowledge;
    private GeneratedDocumentsSync generatedDocuments;

    KnowledgeModule(
            Vertx vertx,
            AppConfig config,
            Clock clock,
            ProcessesModule processes,
            StoreModule store,
            ServiceMetrics metrics,
            MeterRegistry registry) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.processes = processes;
        this.store = store;
        this.metrics = metrics;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public Future<Void> start() {
        return vertx.executeBlocking(() -> {
            knowledge = LuceneKnowledgeBase.open(
                    KnowledgeConfig.defaults(
                            config.knowledgeBase(), config.dataDir().resolve("index")),
                    AnswerPolicy.defaults(),
                    clock);
            LuceneKnowledgeBase opened = knowledge;
            metrics.knowledge(opened::health);
            opened.observeReloads(applied -> metrics.reloaded("documents", applied));
            opened.checkEdits(file -> processes.content().document(file).stream()
                    .map(Problem::toString)
                    .toList());
            FunctionCounter.builder(
                            "onewindow.knowledge.answer.cache.hits",
                            opened,
                            k -> k.answerCacheStats().hitCount())
                    .description("Questions answered from the answer cache")
                    .register(registry);
            FunctionCounter.builder(
                            "onewindow.knowledge.answer.cache.misses",
                            opened,
                            k -> k.answerCacheStats().missCount())
                    .description("Questions answered by searching the index")
                    .register(registry);
            generatedDocuments = new GeneratedDocumentsSync(
                    processes.processes(), processes.incentives(), processes.calendar(), opened);
            generatedDocuments.replace();
            return null;
        });
    }

    @Override
    public Future<Void> stop() {
        LuceneKnowledgeBase open = knowledge;
        return open == null
                ? Future.succeededFuture()
                : vertx.executeBlocking(() -> {
                    open.close();
                    return null;
                });
    }

    KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Indexes the documents generated from the processes and incentives again (blocking: on a worker). */
    GeneratedDocumentsSync generatedDocuments() {
        return generatedDocuments;
    }

    KnowledgeHealthCheck health() {
        return new KnowledgeHealthCheck(vertx, knowledge);
    }

    HttpApi.Knowledge api() {
        return new HttpApi.Knowledge(
                processes.processes()::current,
                knowledge,
                config.knowledgeBase(),
                config.dataDir().resolve("uploads"),
                store.audit());
    }
}
