package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class LoginThrottleTest {

    private static final StaffAuthPolicy POLICY = StaffAuthPolicy.defaults();
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void afterFailure_fifthWithinWindow_locksForOneMinute() {
        LoginThrottle t = LoginThrottle.NONE;
        for (int i = 0; i < 4; i++) {
            t = t.afterFailure(T0.plusSeconds(i), POLICY.maxFailures(), POLICY);
            assertThat(t.isLocked(T0.plusSeconds(i))).isFalse();
        }

        t = t.afterFailure(T0.plusSeconds(4), POLICY.maxFailures(), POLICY);

        assertThat(t.isLocked(T0.plusSeconds(4))).isTrue();
        assertThat(t.lockedFor(T0.plusSeconds(4))).isEqualTo(Duration.ofMinutes(1));
        assertThat(t.isLocked(T0.plusSeconds(64))).isFalse();
    }

    @Test
    void afterFailure_repeatedLockouts_doubleUpToOneHour() {
        assertThat(POLICY.lockoutAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(POLICY.lockoutAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(POLICY.lockoutAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(POLICY.lockoutAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(POLICY.lockoutAfter(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void afterFailure_oldFailuresOutsideWindow_areForgotten() {
        LoginThrottle t = LoginThrottle.NONE;
        for (int i = 0; i < 4; i++) {
            t = t.afterFailure(T0, POLICY.maxFailures(), POLICY);
        }

        t = t.afterFailure(T0.plus(Duration.ofMinutes(16)), POLICY.maxFailures(), POLICY);

        assertThat(t.failures()).isEqualTo(1);
        assertThat(t.isLocked(T0.plus(Duration.ofMinutes(16)))).isFalse();
    }
}
