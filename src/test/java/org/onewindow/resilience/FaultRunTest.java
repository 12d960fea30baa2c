package org.onewindow.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** The reliability run, small enough for the build: nothing answered is lost, nothing submitted twice or left behind. */
@IntegrationTest
final class FaultRunTest {

    @Test
    void sigkillMidBurstAndAFlakyReceiver_loseNoAnsweredTurnAndDeliverEverySubmissionUnderItsKey() throws Exception {
        FaultRun.Outcome outcome =
                new FaultRun(new FaultRun.Settings(12, 6, 1, 3, 1), TestServer.tempDir("onewindow-fault-run-")).run();
        System.out.println(outcome.report());

        assertThat(outcome.found()).as("answered turns found afterwards").isEqualTo(outcome.answered());
        assertThat(outcome.userMessagesBeyondAnswered())
                .as("turns applied twice")
                .isZero();
        assertThat(outcome.conversationsWithExactlyOneSubmission()).isEqualTo(outcome.conversations());
        assertThat(outcome.delivered()).as("deliveries received").isEqualTo(outcome.expectedDeliveries());
        assertThat(outcome.unexpectedKeys()).as("deliveries under another key").isZero();
    }
}
