package org.onewindow.connector;

import io.vertx.core.Vertx;
import org.onewindow.store.SqlDatabase;
import org.onewindow.testing.IntegrationTest;

/** The outbox store on the machine's PostgreSQL, in a database created for the run (fails, never skips, when unreachable). */
@IntegrationTest
final class PostgresOutboxStoreTest extends OutboxStoreContract {

    private String database;

    @Override
    protected SqlDatabase open(Vertx vertx) {
        database = TestDatabases.createPostgres();
        return TestDatabases.postgres(vertx, database);
    }

    @Override
    protected void cleanUp() {
        if (database != null) {
            TestDatabases.dropPostgres(database);
        }
    }
}
