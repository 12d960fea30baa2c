package org.onewindow.staff;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlStaffStore;

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

    public StaffFixture() throws Exception {
        vertx = Vertx.vertx();
        dataDir = Files.createTempDirectory("onewindow-staff-");
        database = SqlDatabase.open(vertx, "jdbc:sqlite:" + dataDir.resolve("test.db"));
        store = new SqlStaffStore(database);
    }

    public StaffAuth auth(StaffAuthPolicy policy) {
        return new StaffAuth(vertx, store, store, CHEAP_HASHER, policy, clock, 2);
    }

    /** Creates an account with {@link #PASSWORD}. */
    public StaffAccount account(String username, Role role, String... departments) throws Exception {
        StaffAccount account = new StaffAccount(username, CHEAP_HASHER.hash(PASSWORD), role, List.of(departments),
                StaffAccount.Source.CLI, clock.instant());
        await(store.createAccount(account));
        return account;
    }

    public static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
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
        database.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
