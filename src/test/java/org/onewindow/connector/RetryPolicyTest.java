package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void delay_growsExponentiallyUpToTheCap() {
        assertThat(policy.delay(1, 0.5, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delay(2, 0.5, null)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delay(3, 0.5, null)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delay(40, 0.5, null)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void delay_jitterStaysWithinTwentyPercent() {
        assertThat(policy.delay(1, 0.0, null)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delay(1, 0.999999, null)).isBetween(Duration.ofMillis(11_990), Duration.ofSeconds(12));
    }

    @Test
    void delay_retryAfterLongerThanBackoff_isRespected() {
        assertThat(policy.delay(1, 0.5, Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delay(1, 0.5, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void defaultSchedule_keepsTryingForAtLeast72Hours() {
        Instant start = Instant.parse("2026-11-27T00:00:00Z");
        Instant now = start;
        int attempts = 0;
        while (true) {
            attempts++;
            if (policy.exhausted(attempts, start, now)) {
                break;
            }
            now = now.plus(policy.delay(attempts, 0.0, null)); // the shortest delays jitter allows
        }
        assertThat(Duration.between(start, now)).isGreaterThanOrEqualTo(Duration.ofHours(72));
        assertThat(attempts).isGreaterThan(100).isLessThan(policy.maxAttempts());
    }

    @Test
    void exhausted_afterMaxAttempts() {
        RetryPolicy three = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 0, 3, Duration.ofDays(1));
        Instant t = Instant.EPOCH;
        assertThat(three.exhausted(2, t, t)).isFalse();
        assertThat(three.exhausted(3, t, t)).isTrue();
    }
}
