package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.staff.StaffFixture.PASSWORD;
import static org.onewindow.staff.StaffFixture.failure;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.ApiException;

final class StaffAuthTest {

    private static final String OFFICE = "10.0.0.7";
    private static final String HOME = "192.0.2.44";
    private static final String ELSEWHERE = "203.0.113.9";

    private StaffFixture fx;
    private StaffAuth auth;

    @BeforeEach
    void setUp() throws Exception {
        fx = new StaffFixture();
        auth = fx.auth(StaffAuthPolicy.defaults());
        fx.account("alice", Role.AGENT, "market-regulation");
    }

    @AfterEach
    void tearDown() throws Exception {
        auth.close();
        fx.close();
    }

    @Test
    void login_rightPassword_givesNewLongTokenEachTimeStoredOnlyHashed() throws Exception {
        StaffLogin first = await(auth.login(" Alice ", PASSWORD, OFFICE));
        StaffLogin second = await(auth.login("alice", PASSWORD, OFFICE));

        assertThat(first.token()).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64url
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(first.expiresAt()).isEqualTo(StaffFixture.START.plus(Duration.ofHours(8)));
        assertThat(first.principal().departments()).containsExactly("market-regulation");
        assertThat(first.toString()).doesNotContain(first.token());
        assertThat(await(fx.store.findSession(first.token()))).isEmpty();
        assertThat(await(fx.store.findSession(SessionTokens.hash(first.token()))))
                .isPresent();
        assertThat(await(auth.authenticate(first.token())).username()).isEqualTo("alice");
    }

    @Test
    void login_wrongPasswordOrUnknownUser_sameAnswerAndUnknownUserStillHashes() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        PasswordHasher counting = new PasswordHasher() {
            public String hash(String p) {
                return StaffFixture.CHEAP_HASHER.hash(p);
            }

            public boolean matches(String p, String h) {
                checks.incrementAndGet();
                return StaffFixture.CHEAP_HASHER.matches(p, h);
            }

            public boolean needsRehash(String h) {
                return false;
            }

            public boolean isHash(String t) {
                return StaffFixture.CHEAP_HASHER.isHash(t);
            }
        };
        try (StaffAuth counted =
                new StaffAuth(fx.vertx, fx.store, fx.store, counting, StaffAuthPolicy.defaults(), fx.clock, 1)) {
            ApiException wrong = (ApiException) failure(counted.login("alice", "not the password", OFFICE));
            ApiException unknown = (ApiException) failure(counted.login("mallory", "not the password", OFFICE));

            assertThat(wrong.status()).isEqualTo(401);
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(unknown.code()).isEqualTo(wrong.code());
            assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
            assertThat(checks.get()).isEqualTo(2);
        }
    }

    @Test
    void login_fiveFailures_locksEvenTheRightPasswordUntilTheLockoutEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(((ApiException) failure(auth.login("alice", "wrong password " + i, OFFICE))).status())
                    .isEqualTo(401);
        }

        Throwable locked = failure(auth.login("alice", PASSWORD, OFFICE));

        assertThat(locked).isInstanceOf(LoginLockedException.class);
        assertThat(((LoginLockedException) locked).retryAfterSeconds()).isEqualTo(60);
        fx.clock.advance(Duration.ofSeconds(61));
        assertThat(await(auth.login("alice", PASSWORD, OFFICE)).principal().username())
                .isEqualTo("alice");
        assertThat(await(fx.store.throttle(new LoginAttempt("alice", OFFICE).accountKey())))
                .isEqualTo(LoginThrottle.NONE);
    }

    @Test
    void login_fiveFailuresFromOneAddress_leaveTheOwnerFreeToLogInFromAnother() throws Exception {
        for (int i = 0; i < 5; i++) {
            failure(auth.login("alice", "guess " + i, ELSEWHERE));
        }

        assertThat(failure(auth.login("alice", PASSWORD, ELSEWHERE))).isInstanceOf(LoginLockedException.class);
        assertThat(await(auth.login("alice", PASSWORD, OFFICE)).principal().username())
                .isEqualTo("alice");
        assertThat(await(auth.login("alice", PASSWORD, HOME)).principal().username())
                .isEqualTo("alice");
    }

    @Test
    void login_oneAddressGuessingManyUsernames_isRefusedForEveryUsernameAfterTwentyFailures() throws Exception {
        for (int i = 0; i < 20; i++) {
            failure(auth.login("user" + i, "guess", ELSEWHERE));
        }

        LoginLockedException locked = (LoginLockedException) failure(auth.login("alice", PASSWORD, ELSEWHERE));

        assertThat(locked.wholeAddress()).isTrue();
        assertThat(await(auth.login("alice", PASSWORD, OFFICE)).principal().username())
                .isEqualTo("alice");
    }

    @Test
    void login_addressLockout_growsWithEachRound() throws Exception {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20; i++) {
                failure(auth.login("user" + i, "guess", ELSEWHERE));
            }
            LoginLockedException locked = (LoginLockedException) failure(auth.login("nobody", "guess", ELSEWHERE));
            assertThat(locked.retryAfterSeconds()).isEqualTo(round == 0 ? 60 : 120);
            fx.clock.advance(locked.retryAfter().plusSeconds(1));
        }
    }

    @Test
    void login_successFromAnAddress_doesNotResetThatAddressesCountOfOtherNames() throws Exception {
        for (int i = 0; i < 19; i++) {
            failure(auth.login("user" + i, "guess", ELSEWHERE));
        }
        await(auth.login("alice", PASSWORD, ELSEWHERE));

        failure(auth.login("user19", "guess", ELSEWHERE));

        assertThat(failure(auth.login("alice", PASSWORD, ELSEWHERE))).isInstanceOf(LoginLockedException.class);
    }

    @Test
    void login_addressLockout_isAuditedWithTheAddressForAdmins() throws Exception {
        for (int i = 0; i < 20; i++) {
            failure(auth.login("user" + i, "guess", ELSEWHERE));
        }

        List<AuditEntry> entries = List.of();
        for (int i = 0;
                i < 100 && entries.stream().noneMatch(e -> e.action().equals("staff.login_address_locked"));
                i++) {
            Thread.sleep(i == 0 ? 0 : 20); // audited without holding up the answer
            entries = await(fx.store.list(AuditQuery.latest(100)));
        }

        AuditEntry locked = entries.stream()
                .filter(e -> e.action().equals("staff.login_address_locked"))
                .findFirst()
                .orElseThrow();
        assertThat(locked.actor()).isEqualTo("address " + ELSEWHERE);
        assertThat(locked.toString()).contains(ELSEWHERE);
    }

    @Test
    void login_unknownUserFailingFiveTimes_isLockedLikeARealOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            failure(auth.login("nobody", "wrong password " + i, OFFICE));
        }

        assertThat(failure(auth.login("nobody", "wrong password", OFFICE))).isInstanceOf(LoginLockedException.class);
    }

    @Test
    void login_secondLockout_lastsLonger() throws Exception {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5; i++) {
                failure(auth.login("alice", "wrong password", OFFICE));
            }
            LoginLockedException locked = (LoginLockedException) failure(auth.login("alice", PASSWORD, OFFICE));
            assertThat(locked.retryAfterSeconds()).isEqualTo(round == 0 ? 60 : 120);
            fx.clock.advance(locked.retryAfter().plusSeconds(1));
        }
    }

    @Test
    void login_failuresAndLockout_areAuditedWithoutThePassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            failure(auth.login("alice", "typed secret " + i, OFFICE));
        }
        failure(auth.login("mallory", "typed secret x", OFFICE));

        List<AuditEntry> entries = List.of();
        for (int i = 0; i < 100 && entries.size() < 6; i++) { // failures are audited without holding up the answer
            Thread.sleep(i == 0 ? 0 : 20);
            entries = await(fx.store.list(AuditQuery.latest(100)));
        }

        assertThat(entries).extracting(AuditEntry::action).contains("staff.login_failed", "staff.login_locked");
        assertThat(entries).extracting(AuditEntry::actor).containsOnly("alice");
        assertThat(entries.toString()).doesNotContain("typed secret");
    }

    @Test
    void authenticate_idleForEightHours_expires() throws Exception {
        String token = await(auth.login("alice", PASSWORD, OFFICE)).token();
        fx.clock.advance(Duration.ofHours(7));
        await(auth.authenticate(token));
        awaitTouch(token);
        fx.clock.advance(Duration.ofHours(7));
        assertThat(await(auth.authenticate(token)).username()).isEqualTo("alice");

        fx.clock.advance(Duration.ofHours(8));

        ApiException expired = (ApiException) failure(auth.authenticate(token));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("session_expired");
    }

    @Test
    void authenticate_usedAllDay_endsAfterTwentyFourHours() throws Exception {
        String token = await(auth.login("alice", PASSWORD, OFFICE)).token();
        for (int hour = 0; hour < 23; hour++) {
            fx.clock.advance(Duration.ofHours(1));
            await(auth.authenticate(token));
            awaitTouch(token);
        }
        fx.clock.advance(Duration.ofMinutes(59));
        assertThat(await(auth.authenticate(token)).expiresAt())
                .isEqualTo(StaffFixture.START.plus(Duration.ofHours(24)));

        fx.clock.advance(Duration.ofMinutes(1));

        assertThat(((ApiException) failure(auth.authenticate(token))).code()).isEqualTo("session_expired");
    }

    @Test
    void logout_endsTheSessionAtOnce() throws Exception {
        StaffLogin login = await(auth.login("alice", PASSWORD, OFFICE));

        await(auth.logout(login.principal()));

        ApiException after = (ApiException) failure(auth.authenticate(login.token()));
        assertThat(after.status()).isEqualTo(401);
        assertThat(await(fx.store.list(new AuditQuery("alice", null, 10, null))))
                .extracting(AuditEntry::action)
                .containsExactly("staff.logout", "staff.login");
    }

    @Test
    void authenticate_garbageOrMissingToken_is401() throws Exception {
        assertThat(((ApiException) failure(auth.authenticate(null))).status()).isEqualTo(401);
        assertThat(((ApiException) failure(auth.authenticate("not-a-token"))).status())
                .isEqualTo(401);
    }

    @Test
    void login_weakStoredHash_isUpgradedToTheCurrentCost() throws Exception {
        try (StaffAuth stronger = new StaffAuth(
                fx.vertx,
                fx.store,
                fx.store,
                new Argon2PasswordHasher(128, 2, 1),
                StaffAuthPolicy.defaults(),
                fx.clock,
                1)) {
            await(stronger.login("alice", PASSWORD, OFFICE));
        }

        assertThat(await(fx.store.findAccount("alice")).orElseThrow().passwordHash())
                .contains("m=128,t=2,p=1");
    }

    /** A hasher that holds every check of {@code heldPassword} until {@link #release} counts down. */
    private static PasswordHasher holding(String heldPassword, CountDownLatch release) {
        return new PasswordHasher() {
            public String hash(String p) {
                return StaffFixture.CHEAP_HASHER.hash(p);
            }

            public boolean matches(String p, String h) {
                if (p.equals(heldPassword)) {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return StaffFixture.CHEAP_HASHER.matches(p, h);
            }

            public boolean needsRehash(String h) {
                return false;
            }

            public boolean isHash(String t) {
                return StaffFixture.CHEAP_HASHER.isHash(t);
            }
        };
    }

    @Test
    void login_rightGuessInABurstOfWrongOnes_isRefusedOnceTheBurstLockedTheName() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StaffAuth held = new StaffAuth(
                fx.vertx, fx.store, fx.store, holding(PASSWORD, release), StaffAuthPolicy.defaults(), fx.clock, 2)) {
            Future<StaffLogin> right =
                    held.login("alice", PASSWORD, OFFICE); // passes the lock check, then waits in the hash
            for (int i = 0; i < 5; i++) {
                failure(held.login("alice", "wrong password " + i, OFFICE));
            }

            release.countDown();

            assertThat(failure(right)).isInstanceOf(LoginLockedException.class);
        }
    }

    @Test
    void login_moreWaitingThanThePoolAllows_is503AtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StaffAuth held = new StaffAuth(
                fx.vertx,
                fx.store,
                fx.store,
                holding("held password", release),
                StaffAuthPolicy.defaults(),
                fx.clock,
                1)) {
            List<Future<StaffLogin>> waiting = new java.util.ArrayList<>();
            for (int i = 0; i < StaffAuth.PENDING_HASHES_PER_THREAD; i++) {
                waiting.add(held.login("user" + i, "held password", OFFICE));
            }
            Thread.sleep(200); // let them all reach the hashing queue

            ApiException busy = (ApiException) failure(held.login("alice", PASSWORD, OFFICE));

            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.code()).isEqualTo("login_busy");
            release.countDown();
            for (Future<StaffLogin> w : waiting) {
                failure(w);
            }
            assertThat(await(held.login("alice", PASSWORD, OFFICE)).principal().username())
                    .isEqualTo("alice");
        }
    }

    /** Touches are written in the background; wait until this one landed. */
    private void awaitTouch(String token) throws Exception {
        for (int i = 0; i < 100; i++) {
            StaffSession s = await(fx.store.findSession(SessionTokens.hash(token)))
                    .orElseThrow()
                    .session();
            if (!s.lastSeenAt().isBefore(fx.clock.instant())) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the session's use was not recorded");
    }
}
