package org.onewindow.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** A flood of slow connections is ended by the server while the health check keeps answering. */
@IntegrationTest
final class SlowClientFloodTest {

    @Test
    void twoHundredSlowConnections_areAllEndedByTheServerAndHealthKeepsAnswering() throws Exception {
        try (TestServer node =
                TestServer.start(TestServer.tempDir("onewindow-flood-"), Map.of("client-timeout-seconds", "2"))) {
            SlowClientFlood.Outcome outcome = SlowClientFlood.run(node.port(), 200, 2);
            System.out.println(outcome.report());

            assertThat(outcome.endedByServer()).isEqualTo(200);
            assertThat(outcome.healthFailures()).isZero();
        }
    }
}
