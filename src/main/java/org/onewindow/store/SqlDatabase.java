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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
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
    /** SQLite only: copies the log into the database file beside the writer; null for PostgreSQL. */
    private final Checkpointer checkpointer;

    private static final long MMAP_BYTES = 1L << 30;
    /**
     * The log size (in pages) at which the writer checkpoints in its own commit, which lets the log
     * start over; the background checkpoints keep what is left to copy then small.
     */
    private static final int WRITER_CHECKPOINT_PAGES = 3_000;

    private static final Duration BACKGROUND_CHECKPOINT_INTERVAL = Duration.ofMillis(25);

    /** The SQL flavour: the few statements that differ between SQLite and PostgreSQL. */
    public enum Dialect {
        SQLITE,
        POSTGRESQL
    }

    private SqlDatabase(
            Vertx vertx,
            HikariDataSource dataSource,
            DataSource writerSource,
            DataSource checkpointSource,
            Dialect dialect) {
        this.vertx = vertx;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.writes = new WriteQueue(vertx, writerSource, "onewindow-store-writer");
        this.checkpointer = checkpointSource == null
                ? null
                : new Checkpointer(checkpointSource, BACKGROUND_CHECKPOINT_INTERVAL, "onewindow-store-checkpointer");
    }

    /** Opens the database at {@code jdbcUrl} and brings its schema up to date. Blocking. */
    public static SqlDatabase open(Vertx vertx, String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("onewindow-store");
        Dialect dialect;
        // The writer's connection: its own for SQLite (below), one of the pool's for PostgreSQL.
        DataSource writerSource = null;
        DataSource checkpointSource = null;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            dialect = Dialect.SQLITE;
            createParentDirectory(jdbcUrl.substring("jdbc:sqlite:".length()));
            // Readers keep their prepared statements too: the driver compiles each one anew, and
            // reloading a conversation is a single-row read where compiling was a good part.
            config.setDataSource(sqlite(jdbcUrl, 0, 0, true));
            config.setMaximumPoolSize(6);
            // Only the writer reads pages through a memory map rather than a read() per page:
            // its turns touch index pages all over the file, and copying each into SQLite's
            // small page cache was a good part of its time. A reader must not: each read
            // transaction that finds the log changed (always, under steady writes) unmaps the
            // whole map, and the munmap with its TLB shootdown cost more than the reads.
            writerSource = sqlite(jdbcUrl, MMAP_BYTES, WRITER_CHECKPOINT_PAGES, false);
            // SQLite's automatic checkpoint runs in the writer's commit. It is what keeps the log
            // bounded: a checkpoint on another connection cannot catch up with a writer that never
            // pauses, so alone it could never restart the log, which grew without limit. Beside
            // it, the background checkpoints do most of the copying.
            checkpointSource = sqlite(jdbcUrl, 0, 0, false);
        } else {
            dialect = Dialect.POSTGRESQL;
            config.setJdbcUrl(jdbcUrl);
            config.setMaximumPoolSize(12);
        }
        config.setMinimumIdle(1);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new SqlDatabase(
                vertx, dataSource, writerSource != null ? writerSource : dataSource, checkpointSource, dialect);
    }

    /**
     * Connections to the SQLite database at {@code jdbcUrl}, in WAL mode, mapping up to
     * {@code mmapBytes} of it, checkpointing in their commits once the log has {@code
     * checkpointPages} pages (0: never); with {@code keepStatements}, each connection keeps its
     * prepared statements ({@link CachedStatements}; the writer's queue wraps its own).
     */
    private static SQLiteDataSource sqlite(
            String jdbcUrl, long mmapBytes, int checkpointPages, boolean keepStatements) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        // No statement reads generated keys; the driver would otherwise query them after every insert.
        sqlite.setGetGeneratedKeys(false);
        sqlite.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(mmapBytes));
        SQLiteDataSource source = new SQLiteDataSource(sqlite) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = getConnection(null, null);
                return keepStatements ? CachedStatements.wrap(connection) : connection;
            }

            @Override
            public SQLiteConnection getConnection(String username, String password) throws SQLException {
                SQLiteConnection connection = super.getConnection(username, password);
                // Not among the driver's configurable pragmas.
                try (Statement pragma = connection.createStatement()) {
                    pragma.execute("PRAGMA wal_autocheckpoint = " + checkpointPages);
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
                return connection;
            }
        };
        source.setUrl(jdbcUrl);
        return source;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs a read on a worker thread, with autocommit. */
    public <T> Future<T> read(SqlWork<T> work) {
        return vertx.executeBlocking(
                () -> {
                    try (Connection connection = dataSource.getConnection()) {
                        return work.run(connection);
                    }
                },
                false);
    }

    /** Queues a write; completes after its transaction committed. */
    public <T> Future<T> write(SqlWork<T> work) {
        return writes.submit(work);
    }

    @Override
    public void close() {
        try {
            writes.close();
            if (checkpointer != null) {
                checkpointer.close();
            }
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
