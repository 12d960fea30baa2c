package org.onewindow.staff;

import static org.onewindow.testing.Await.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlStaffStore;
import org.onewindow.testing.MutableClock;

/**
 * Vert.x, a fresh SQLite database, the staff store, a cheap hasher and a hand-moved clock, for
 * staff tests (and the HTTP tests of the staff routes).
 */
public final class StaffFixture implements AutoCloseable {

    /** Argon2id at a test cost: fast, same code path as production. */
    public static final PasswordHasher CHEAP_HASHER = new Argon2PasswordHasher(64, 1, 1);

    public static final Instant START = Instant.parse("2026-11-27T08:00:00Z");
    public static final String PASSWORD = "correct horse battery";

    public final Vertx vertx;
    public final SqlDatabase database;
    public final SqlStaffStore store;
    public final MutableClock clock = new MutableClock(START);
    public final Path dataDir;
    public final String jdbcUrl;

    private final AutoCloseable cleanup;

    /** On a new SQLite database in a temporary directory. */
    public StaffFixture() throws Exception {
        this(null, () -> {});
    }

    private StaffFixture(String jdbcUrl, AutoCloseable cleanup) throws Exception {
        vertx = Vertx.vertx();
        dataDir = Files.createTempDirectory("onewindow-staff-");
        this.jdbcUrl = jdbcUrl != null ? jdbcUrl : "jdbc:sqlite:" + dataDir.resolve("test.db");
        database = SqlDatabase.open(vertx, this.jdbcUrl);
        store = new SqlStaffStore(database);
        this.cleanup = cleanup;
    }

    /** The PostgreSQL server tests use: {@code ONEWINDOW_TEST_POSTGRES_URL}, else the local one. */
    public static String postgresUrl() {
        String url = System.getenv("ONEWINDOW_TEST_POSTGRES_URL");
        return url != null && !url.isBlank() ? url : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    }

    /** Whether {@link #postgresUrl()} answers (tests on PostgreSQL are skipped when it does not). */
    public static boolean postgresAvailable() {
        try (Connection c = DriverManager.getConnection(postgresUrl())) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** On a schema of its own in {@link #postgresUrl()}, dropped on close. */
    public static StaffFixture postgres() throws Exception {
        String schema = "staff_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(postgresUrl());
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new StaffFixture(url, () -> {
            try (Connection c = DriverManager.getConnection(postgresUrl());
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        });
    }

    public StaffAuth auth(StaffAuthPolicy policy) {
        return new StaffAuth(vertx, store, store, CHEAP_HASHER, policy, clock, 2);
    }

    /** Creates an account with {@link #PASSWORD}. */
    public StaffAccount account(String username, Role role, String... departments) throws Exception {
        StaffAccount account = new StaffAccount(
                username,
                CHEAP_HASHER.hash(PASSWORD),
                role,
                List.of(departments),
                StaffAccount.Source.CLI,
                clock.instant());
        await(store.createAccount(account));
        return account;
    }

    /** The failure of {@code future}, which must fail. */
    public static Throwable failure(Future<?> future) throws Exception {
        try {
            future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failure, got success");
    }

    @Override
    public void close() throws Exception {
        try {
            database.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            cleanup.close();
        }
    }
}
