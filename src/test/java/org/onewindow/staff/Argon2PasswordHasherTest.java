package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class Argon2PasswordHasherTest {

    @Test
    void production_defaults_areArgon2idAtOwaspMinimumOrAbove() {
        Argon2PasswordHasher production = Argon2PasswordHasher.production();

        assertThat(production.memoryKib()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(production.iterations()).isGreaterThanOrEqualTo(2);
        assertThat(production.parallelism()).isGreaterThanOrEqualTo(1);
        String hash = production.hash("a long enough password");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(production.matches("a long enough password", hash)).isTrue();
        assertThat(production.matches("a long enough passwore", hash)).isFalse();
        assertThat(production.needsRehash(hash)).isFalse();
    }

    @Test
    void hash_samePasswordTwice_isSaltedDifferentlyAndBothMatch() {
        PasswordHasher hasher = StaffFixture.CHEAP_HASHER;

        String first = hasher.hash("secret password 1");
        String second = hasher.hash("secret password 1");

        assertThat(first).isNotEqualTo(second).doesNotContain("secret password 1");
        assertThat(hasher.matches("secret password 1", first)).isTrue();
        assertThat(hasher.matches("secret password 1", second)).isTrue();
        assertThat(hasher.matches("secret password 2", first)).isFalse();
    }

    @Test
    void needsRehash_hashOfLowerCost_isTrueForProduction() {
        String cheap = StaffFixture.CHEAP_HASHER.hash("secret password 1");

        assertThat(Argon2PasswordHasher.production().needsRehash(cheap)).isTrue();
        assertThat(Argon2PasswordHasher.production().matches("secret password 1", cheap))
                .isTrue();
    }

    @Test
    void isHash_plainPasswordOrOtherScheme_isFalseAndNeverMatches() {
        PasswordHasher hasher = StaffFixture.CHEAP_HASHER;

        assertThat(hasher.isHash("hunter2hunter2")).isFalse();
        assertThat(hasher.isHash("$2a$10$abcdefghijklmnopqrstuu5Jq3z2gQeJq8sx1F1b6c1J8G2wQ2e"))
                .isFalse();
        assertThat(hasher.matches("hunter2hunter2", "hunter2hunter2")).isFalse();
        assertThat(hasher.isHash(hasher.hash("x"))).isTrue();
    }
}
