package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.MutableClock;

final class TokenBucketTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));

    @Test
    void aFullBucket_allowsABurstOfItsCapacity_thenRefusesUntilTheClockMoves() {
        TokenBucket bucket = new TokenBucket(clock, 3, 60_000);

        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        clock.advance(Duration.ofSeconds(19));
        assertThat(bucket.tryTake()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(bucket.tryTake()).isTrue();
    }

    @Test
    void millisUntilNext_isWhatTheMissingPartOfATokenTakesToRefill() {
        TokenBucket bucket = new TokenBucket(clock, 5, 60_000);
        for (int i = 0; i < 5; i++) {
            bucket.tryTake();
        }

        assertThat(bucket.millisUntilNext()).isEqualTo(12_000);
        clock.advance(Duration.ofSeconds(9));
        assertThat(bucket.millisUntilNext()).isEqualTo(3_000);
        clock.advance(Duration.ofSeconds(3));
        assertThat(bucket.millisUntilNext()).isZero();
    }

    @Test
    void anIdleBucket_refillsToItsCapacity_andNoFurther() {
        TokenBucket bucket = new TokenBucket(clock, 2, 60_000);
        bucket.tryTake();
        bucket.tryTake();

        clock.advance(Duration.ofHours(1));

        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }
}
