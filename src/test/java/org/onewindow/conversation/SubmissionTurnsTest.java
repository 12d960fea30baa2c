package org.onewindow.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.connector.TargetStatus;
import org.onewindow.shared.SubmissionSummary;

final class SubmissionTurnsTest {

    private static SubmissionSummary card(String status, SubmissionSummary.Target... targets) {
        return new SubmissionSummary(
                "s-1", "OW-2026-000001", 1, "start-business", status, "2026-12-04", List.of(targets));
    }

    @Test
    void withTargetStatus_replacesThatTargetAndAggregatesTheOverallStatus() {
        SubmissionSummary current = card(
                "in_review",
                new SubmissionSummary.Target("market", "approved", null),
                new SubmissionSummary.Target("tax", "in_review", null));

        SubmissionSummary updated = SubmissionTurns.withTargetStatus(current, "tax", TargetStatus.APPROVED, "ok");

        assertThat(updated.targets())
                .containsExactly(
                        new SubmissionSummary.Target("market", "approved", null),
                        new SubmissionSummary.Target("tax", "approved", "ok"));
        assertThat(updated.status()).isEqualTo("approved");
    }

    @Test
    void withTargetStatus_ofAConnectorNotYetOnTheCard_addsIt() {
        SubmissionSummary updated = SubmissionTurns.withTargetStatus(
                card("submitted", new SubmissionSummary.Target("market", "approved", null)),
                "tax",
                TargetStatus.NEEDS_CORRECTION,
                "seal missing");

        assertThat(updated.targets())
                .extracting(SubmissionSummary.Target::connector)
                .containsExactly("market", "tax");
        assertThat(updated.status()).isEqualTo("needs_correction");
    }

    @Test
    void withTargetStatus_ofAWithdrawnSubmission_staysWithdrawn() {
        SubmissionSummary updated = SubmissionTurns.withTargetStatus(
                card("withdrawn", new SubmissionSummary.Target("market", "in_review", null)),
                "market",
                TargetStatus.APPROVED,
                null);

        assertThat(updated.status()).isEqualTo("withdrawn");
        assertThat(updated.targets())
                .singleElement()
                .extracting(SubmissionSummary.Target::status)
                .isEqualTo("approved");
    }
}
