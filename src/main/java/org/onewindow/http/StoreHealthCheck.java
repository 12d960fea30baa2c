package org.onewindow.http;

import io.vertx.core.Future;
import java.util.Map;
import org.onewindow.conversation.ConversationStore;

/** The database: up when the conversation store answers; says which kind of database it is. */
public final class StoreHealthCheck implements HealthCheck {

    private final ConversationStore store;
    private final String database;

    public StoreHealthCheck(ConversationStore store, String databaseUrl) {
        this.store = store;
        this.database = databaseUrl.startsWith("jdbc:sqlite:") ? "sqlite" : "postgresql";
    }

    @Override
    public String name() {
        return "store";
    }

    @Override
    public Future<Map<String, Object>> check() {
        return store.ping().map(v -> Map.of("database", database));
    }
}
