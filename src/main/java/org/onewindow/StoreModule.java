package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.time.Clock;
import org.onewindow.channel.ChannelStore;
import org.onewindow.config.AppConfig;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.handoff.HandoffStore;
import org.onewindow.insight.DashboardStore;
import org.onewindow.insight.FeedbackStore;
import org.onewindow.policy.ProfileStore;
import org.onewindow.privacy.PersonalDataStore;
import org.onewindow.staff.AuditLog;
import org.onewindow.store.SqlChannelStore;
import org.onewindow.store.SqlConversationStore;
import org.onewindow.store.SqlDashboardStore;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlFeedbackStore;
import org.onewindow.store.SqlHandoffStore;
import org.onewindow.store.SqlOutboxStore;
import org.onewindow.store.SqlPersonalDataStore;
import org.onewindow.store.SqlProfileStore;
import org.onewindow.store.SqlStaffStore;

/**
 * The data directory and the database (SQLite or PostgreSQL, schema brought up to date); the one
 * module that names the SQL stores, handing the others the store interfaces their packages declare.
 * Closed last.
 */
final class StoreModule implements Module {

    private final Vertx vertx;
    private final AppConfig config;
    private SqlDatabase database;
    private SqlStaffStore staff;
    private SqlProfileStore profiles;

    StoreModule(Vertx vertx, AppConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    @Override
    public String name() {
        return "store";
    }

    @Override
    public Future<Void> start() {
        return vertx.executeBlocking(() -> {
            Files.createDirectories(config.dataDir());
            database = SqlDatabase.open(vertx, config.databaseUrl());
            staff = new SqlStaffStore(database);
            profiles = new SqlProfileStore(database);
            return null;
        });
    }

    @Override
    public Future<Void> stop() {
        SqlDatabase open = database;
        return open == null
                ? Future.succeededFuture()
                : vertx.executeBlocking(() -> {
                    open.close();
                    return null;
                });
    }

    /** The outbox, which plans each submission's deliveries with {@code registry}. */
    SqlOutboxStore outbox(ConnectorRegistry registry, Clock clock) {
        return new SqlOutboxStore(database, registry, clock);
    }

    /** The conversations, committed together with their outbox rows. */
    SqlConversationStore conversations(SqlOutboxStore outbox) {
        return new SqlConversationStore(database, outbox);
    }

    /** Staff accounts and sessions; the same store keeps the audit log ({@link #audit()}). */
    SqlStaffStore staff() {
        return staff;
    }

    AuditLog audit() {
        return staff;
    }

    ProfileStore profiles() {
        return profiles;
    }

    ChannelStore channels() {
        return new SqlChannelStore(database);
    }

    HandoffStore handoffs() {
        return new SqlHandoffStore(database);
    }

    PersonalDataStore personalData() {
        return new SqlPersonalDataStore(database);
    }

    DashboardStore dashboards() {
        return new SqlDashboardStore(database);
    }

    FeedbackStore feedback() {
        return new SqlFeedbackStore(database);
    }
}
