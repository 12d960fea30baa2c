package org.onewindow.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The relational database behind every store: a connection pool, the Flyway migrations, reads on
 * Vert.x worker threads and writes through one group-committing {@link WriteQueue}. SQLite runs
 * in WAL mode with {@code synchronous=NORMAL}, which survives a process crash (kill -9).
 */
public final class SqlDatabase implements AutoCloseable {

    private final Vertx vertx;
    private final HikariDataSource dataSource;
    private final WriteQueue writes;
    private final Dialect dialect;
    private final long checkpointTimer;
    private static final long CHECKPOINT_EVERY_MS = 1_000;

    /** The SQL flavour: the few statements that differ between SQLite and PostgreSQL. */
    public enum Dialect { SQLITE, POSTGRESQL }

    private SqlDatabase(Vertx vertx, HikariDataSource dataSource, Dialect dialect) {
        this.vertx = vertx;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.writes = new WriteQueue(vertx, dataSource, "onewindow-store-writer");
        this.checkpointTimer = dialect == Dialect.SQLITE
                ? vertx.setPeriodic(CHECKPOINT_EVERY_MS, id -> checkpoint())
                : -1;
    }

    /**
     * Copies the write-ahead log into the database file without blocking writers. Done here,
     * once a second, because SQLite's automatic checkpoint would run (and fsync) inside
     * whichever commit crossed the threshold, stalling that turn.
     */
    private void checkpoint() {
        read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            return null;
        });
    }

    /** Opens the database at {@code jdbcUrl} and brings its schema up to date. Blocking. */
    public static SqlDatabase open(Vertx vertx, String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("onewindow-store");
        Dialect dialect;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            dialect = Dialect.SQLITE;
            createParentDirectory(jdbcUrl.substring("jdbc:sqlite:".length()));
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setBusyTimeout(10_000);
            sqlite.enforceForeignKeys(true);
            SQLiteDataSource source = new SQLiteDataSource(sqlite);
            source.setUrl(jdbcUrl);
            config.setDataSource(source);
            config.setMaximumPoolSize(6);
            // Checkpoints run in the background (see below), never inside a turn's commit.
            config.setConnectionInitSql("PRAGMA wal_autocheckpoint=0");
        } else {
            dialect = Dialect.POSTGRESQL;
            config.setJdbcUrl(jdbcUrl);
            config.setMaximumPoolSize(12);
        }
        config.setMinimumIdle(1);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new SqlDatabase(vertx, dataSource, dialect);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs a read on a worker thread, with autocommit. */
    public <T> Future<T> read(SqlWork<T> work) {
        return vertx.executeBlocking(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        }, false);
    }

    /** Queues a write; completes after its transaction committed. */
    public <T> Future<T> write(SqlWork<T> work) {
        return writes.submit(work);
    }

    @Override
    public void close() {
        if (checkpointTimer >= 0) {
            vertx.cancelTimer(checkpointTimer);
        }
        try {
            writes.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            dataSource.close();
        }
    }

    private static void createParentDirectory(String path) {
        int query = path.indexOf('?');
        String file = query >= 0 ? path.substring(0, query) : path;
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + parent, e);
        }
    }
}
