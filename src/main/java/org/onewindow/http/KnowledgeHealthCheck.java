package org.onewindow.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.knowledge.KnowledgeBase;

/** The search index: up when usable; its documents, passages, failures and parsers as details. */
public final class KnowledgeHealthCheck implements HealthCheck {

    private final Vertx vertx;
    private final KnowledgeBase knowledge;

    public KnowledgeHealthCheck(Vertx vertx, KnowledgeBase knowledge) {
        this.vertx = vertx;
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public Future<Map<String, Object>> check() {
        return vertx.executeBlocking(knowledge::health, false).map(health -> {
            if (!health.usable()) {
                throw new IllegalStateException("the search index is not usable");
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("documents", health.documentsIndexed());
            details.put("passages", health.passages());
            details.put("passagesWithoutVectors", health.passagesWithoutVectors());
            details.put("failedDocuments", health.failures());
            details.put("parsersAlive", health.parsersAlive());
            return details;
        });
    }
}
