package org.onewindow.connector;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.connector.http.HttpConnector;
import org.onewindow.connector.http.HttpConnectorConfig;
import org.onewindow.store.SqlDatabase;
import org.onewindow.store.SqlOutboxStore;

/**
 * A process for {@link RelayCrashTest} to kill: submits {@code count} submissions one by one
 * (printing {@code COMMITTED <id>} once each is committed) while its relay delivers them to the
 * receiver at {@code url}. Arguments: database file, receiver URL, count.
 */
public final class RelayChild {

    /** The node the child and its restart run as. */
    static final String NODE = "crash-node";

    public static void main(String[] args) throws Exception {
        Path dbFile = Path.of(args[0]);
        String url = args[1];
        int count = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx();
        SqlDatabase db = SqlDatabase.open(vertx, "jdbc:sqlite:" + dbFile);
        ConnectorRegistry registry = registry(vertx, url, dbFile.getParent());
        Clock clock = Clock.systemUTC();
        SqlOutboxStore store = new SqlOutboxStore(db, registry, clock);
        OutboxRelay relay = new OutboxRelay(
                vertx,
                store,
                registry,
                clock,
                SubmissionStatusListener.NONE,
                new OutboxRelay.Options(20, 60, Duration.ofMillis(20), Duration.ofSeconds(30), NODE));
        relay.start().await();
        for (int i = 0; i < count; i++) {
            String id = "crash-" + i;
            db.write(store.insertWork(SubmissionVersion.first(
                            id,
                            "start-business",
                            "conv-" + i,
                            new JsonObject()
                                    .put("submissionId", id)
                                    .put("answers", new JsonObject().put("n", i))
                                    .encode())))
                    .await();
            System.out.println("COMMITTED " + id);
            System.out.flush();
            relay.wake();
            Thread.sleep(5);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    static ConnectorRegistry registry(Vertx vertx, String url, Path dir) {
        ConnectorSpec spec = TestConnectors.spec(
                "market-regulation", Set.of("start-business"), RetryPolicy.DEFAULT, Duration.ofSeconds(2));
        return TestConnectors.registry(
                List.of(spec),
                s -> new HttpConnector(
                        vertx,
                        s,
                        HttpConnectorConfig.from(
                                new Settings("t.yaml", "http", new JsonObject().put("url", url), dir, Map.of()))));
    }
}
