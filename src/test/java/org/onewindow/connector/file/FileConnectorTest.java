package org.onewindow.connector.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.connector.Delivery;
import org.onewindow.connector.DeliveryOutcome;

final class FileConnectorTest {

    private final Vertx vertx = Vertx.vertx();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        vertx.close().await();
    }

    @Test
    void deliver_writesTheWholeFileUnderItsKey_andARetryReplacesIt() throws Exception {
        FileConnector connector = new FileConnector(vertx, "tax", new FileConnectorConfig(dir.resolve("outbox/tax")));
        Delivery first = new Delivery("s1.v1.tax", "tax", "s1", 1, "{\"a\":1}", 1, Instant.EPOCH);
        assertThat(connector.deliver(first).await().kind()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        assertThat(connector.deliver(first).await().kind()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        Path file = dir.resolve("outbox/tax/s1.v1.tax.json");
        assertThat(Files.readString(file)).isEqualTo("{\"a\":1}");
        try (Stream<Path> files = Files.list(dir.resolve("outbox/tax"))) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void deliver_unwritableFolder_isRetriedNotLost() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        FileConnector connector = new FileConnector(vertx, "tax", new FileConnectorConfig(blocker.resolve("sub")));
        DeliveryOutcome outcome = connector
                .deliver(new Delivery("k", "tax", "s", 1, "{}", 1, Instant.EPOCH))
                .await();
        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(outcome.reason()).contains("cannot write into");
    }
}
