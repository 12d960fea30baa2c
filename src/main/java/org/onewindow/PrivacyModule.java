package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import org.onewindow.config.AppConfig;
import org.onewindow.http.HttpApi;
import org.onewindow.privacy.PersonalDataStore;
import org.onewindow.privacy.RetentionJob;

/** Enterprises' personal data: export and erasure for an admin, and the retention period applied every hour. */
final class PrivacyModule implements Module {

    private final Vertx vertx;
    private final AppConfig config;
    private final Clock clock;
    private final StoreModule store;
    private final ConversationsModule conversations;
    private PersonalDataStore personalData;
    private RetentionJob retention;

    PrivacyModule(Vertx vertx, AppConfig config, Clock clock, StoreModule store, ConversationsModule conversations) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public Future<Void> start() {
        personalData = store.personalData();
        retention = new RetentionJob(
                vertx, personalData, conversations.conversations()::evict, config.retentionDays(), clock);
        retention.start();
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> stop() {
        if (retention != null) {
            retention.stop();
        }
        return Future.succeededFuture();
    }

    HttpApi.Privacy api() {
        return new HttpApi.Privacy(personalData, conversations.conversations(), store.audit(), retention::run);
    }
}
