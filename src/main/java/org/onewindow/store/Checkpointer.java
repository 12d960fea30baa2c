package org.onewindow.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log into the database file beside the writer (PASSIVE checkpoints,
 * which never block it), so that the writer's own checkpoint, which has to run now and then for
 * the log to start over, finds little left to copy. The copying and its fsyncs leave the one
 * writer thread that every turn waits for; durability is SQLite's as before.
 */
final class Checkpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final DataSource source;
    private final long intervalNanos;
    private final Thread thread;
    private volatile boolean closing;

    Checkpointer(DataSource source, Duration interval, String name) {
        this.source = source;
        this.intervalNanos = interval.toNanos();
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        Connection connection = null;
        boolean failing = false;
        while (!closing) {
            LockSupport.parkNanos(intervalNanos);
            if (closing) {
                break;
            }
            try {
                if (connection == null) {
                    connection = source.getConnection();
                }
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
                if (failing) {
                    LOG.info("background checkpoints work again");
                    failing = false;
                }
            } catch (SQLException e) {
                // Not fatal: the writer's own checkpoints still keep the log bounded, only slower.
                if (!failing) {
                    LOG.warn("a background checkpoint failed ({}); trying again with a new connection", e.toString());
                    failing = true;
                }
                closeQuietly(connection);
                connection = null;
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Going away anyway.
        }
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        LockSupport.unpark(thread);
        thread.join(10_000);
    }
}
