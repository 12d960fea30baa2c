package org.onewindow.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer thread that commits queued writes in batches (group commit): every write waiting
 * when a batch starts goes into the same transaction; when one of them fails, each is run again
 * in a transaction of its own, so that one failing write fails alone. A write's future completes, on its caller's context, only after
 * the commit. SQLite allows one writer anyway; batching is what makes durable turns cheap.
 */
final class WriteQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);
    private static final int MAX_BATCH = 256;

    private final Vertx vertx;
    private final DataSource dataSource;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closing;
    /** The writer thread's own connection, kept between batches (with its statements); null after a failure. */
    private Connection connection;

    WriteQueue(Vertx vertx, DataSource dataSource, String name) {
        this.vertx = vertx;
        this.dataSource = dataSource;
        this.writer = new Thread(this::loop, name);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    <T> Future<T> submit(SqlWork<T> work) {
        Context context = vertx.getOrCreateContext();
        Promise<T> promise = Promise.promise();
        if (closing) {
            return Future.failedFuture(new IllegalStateException("the store is closed"));
        }
        queue.add(new Pending<>(work, promise, context));
        return promise.future();
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        releaseConnection();
    }

    private void runBatch(List<Pending<?>> batch) {
        List<Object> results;
        try {
            results = inOneTransaction(connection(), batch);
        } catch (SQLException | RuntimeException e) {
            releaseIfBroken(e);
            if (batch.size() == 1) {
                batch.get(0).fail(e);
                return;
            }
            // One write failed and took the batch's transaction with it (rare: savepoints around
            // every write would cost each turn two more statements). Run each alone, so it fails alone.
            for (Pending<?> pending : batch) {
                try {
                    pending.succeed(
                            inOneTransaction(connection(), List.of(pending)).get(0));
                } catch (SQLException | RuntimeException alone) {
                    releaseIfBroken(alone);
                    pending.fail(alone);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).succeed(results.get(i));
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = CachedStatements.wrap(dataSource.getConnection());
        }
        return connection;
    }

    /** After a failed write: a connection that broke (a database restart, a closed one) is replaced. */
    private void releaseIfBroken(Exception failure) {
        boolean broken;
        try {
            broken = connection != null && (connection.isClosed() || !connection.isValid(2));
        } catch (SQLException e) {
            broken = true;
        }
        if (broken) {
            LOG.warn("the store writer's connection broke ({}); the next write opens another", failure.toString());
            releaseConnection();
        }
    }

    private void releaseConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("closing the store writer's connection failed: {}", e.toString());
            }
            connection = null;
        }
    }

    /** Runs the writes in one transaction: all are committed, or none and the first failure is thrown. */
    private static List<Object> inOneTransaction(Connection connection, List<Pending<?>> writes) throws SQLException {
        List<Object> results = new ArrayList<>(writes.size());
        connection.setAutoCommit(false);
        try {
            for (Pending<?> pending : writes) {
                results.add(pending.work.run(connection));
            }
            connection.commit();
            return results;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Finishes every queued write, then stops the writer. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        writer.join(10_000);
    }

    private record Pending<T>(SqlWork<T> work, Promise<T> promise, Context context) {
        @SuppressWarnings("unchecked")
        void succeed(Object result) {
            context.runOnContext(v -> promise.complete((T) result));
        }

        void fail(Throwable failure) {
            context.runOnContext(v -> promise.fail(failure));
        }
    }
}
