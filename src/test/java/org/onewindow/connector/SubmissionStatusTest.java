package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.connector.TargetStatus.APPROVED;
import static org.onewindow.connector.TargetStatus.DELIVERED;
import static org.onewindow.connector.TargetStatus.FAILED;
import static org.onewindow.connector.TargetStatus.IN_REVIEW;
import static org.onewindow.connector.TargetStatus.NEEDS_CORRECTION;
import static org.onewindow.connector.TargetStatus.PENDING;
import static org.onewindow.connector.TargetStatus.REJECTED;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SubmissionStatusTest {

    private static SubmissionStatus of(TargetStatus... targets) {
        return SubmissionStatus.aggregate(List.of(targets));
    }

    @Test
    void aggregate_anyFailed_isFailedAboveEverything() {
        assertThat(of(APPROVED, NEEDS_CORRECTION, REJECTED, FAILED)).isEqualTo(SubmissionStatus.FAILED);
    }

    @Test
    void aggregate_correctionAndRejection_isNeedsCorrection() {
        assertThat(of(REJECTED, NEEDS_CORRECTION, APPROVED)).isEqualTo(SubmissionStatus.NEEDS_CORRECTION);
    }

    @Test
    void aggregate_anyRejected_isRejected() {
        assertThat(of(APPROVED, REJECTED, IN_REVIEW)).isEqualTo(SubmissionStatus.REJECTED);
    }

    @Test
    void aggregate_allApproved_isApproved() {
        assertThat(of(APPROVED, APPROVED)).isEqualTo(SubmissionStatus.APPROVED);
    }

    @Test
    void aggregate_someApproved_isPartiallyApproved() {
        assertThat(of(APPROVED, PENDING)).isEqualTo(SubmissionStatus.PARTIALLY_APPROVED);
        assertThat(of(APPROVED, IN_REVIEW)).isEqualTo(SubmissionStatus.PARTIALLY_APPROVED);
    }

    @Test
    void aggregate_allDeliveredOrInReview_isInReview() {
        assertThat(of(DELIVERED, IN_REVIEW)).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(of(DELIVERED)).isEqualTo(SubmissionStatus.IN_REVIEW);
    }

    @Test
    void aggregate_anyPending_isSubmitted() {
        assertThat(of(DELIVERED, PENDING)).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(of()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void wireForms_areLowerCaseWithUnderscores() {
        assertThat(NEEDS_CORRECTION.toString()).isEqualTo("needs_correction");
        assertThat(SubmissionStatus.PARTIALLY_APPROVED.toString()).isEqualTo("partially_approved");
        assertThat(TargetStatus.parseOrNull("in_review")).isEqualTo(IN_REVIEW);
    }
}
