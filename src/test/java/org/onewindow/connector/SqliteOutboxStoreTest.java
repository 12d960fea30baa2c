package org.onewindow.connector;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.store.SqlDatabase;

/** The outbox store on SQLite. */
final class SqliteOutboxStoreTest extends OutboxStoreContract {

    @TempDir
    Path dir;

    @Override
    protected SqlDatabase open(Vertx vertx) throws Exception {
        return TestDatabases.sqlite(vertx, dir);
    }
}
