package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.onewindow.staff.AuditEntry;
import org.onewindow.staff.AuditQuery;
import org.onewindow.staff.LoginThrottle;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffAccount;
import org.onewindow.staff.StaffAuthPolicy;
import org.onewindow.staff.StaffFixture;
import org.onewindow.staff.StaffSession;
import org.onewindow.testing.IntegrationTest;

/** The same contract on SQLite and, when a server answers, PostgreSQL (in a schema of its own). */
@IntegrationTest
final class SqlStaffStoreTest {

    private static final Instant T0 = StaffFixture.START;

    @Nested
    final class OnSqlite extends Contract {
        @Override
        StaffFixture open() throws Exception {
            return new StaffFixture();
        }
    }

    @Nested
    final class OnPostgresql extends Contract {
        @Override
        StaffFixture open() throws Exception {
            Assertions.assertTrue(
                    StaffFixture.postgresAvailable(),
                    "PostgreSQL is not reachable at " + StaffFixture.postgresUrl()
                            + " (this test needs it; see the README)");
            return StaffFixture.postgres();
        }
    }

    abstract static class Contract {

        private StaffFixture fx;
        private SqlStaffStore store;

        abstract StaffFixture open() throws Exception;

        @BeforeEach
        void setUp() throws Exception {
            fx = open();
            store = fx.store;
        }

        @AfterEach
        void tearDown() throws Exception {
            fx.close();
        }

        private static StaffAccount account(String name, Role role, StaffAccount.Source source, String... departments) {
            return new StaffAccount(
                    name, "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaA", role, List.of(departments), source, T0);
        }

        @Test
        void createAccount_thenFind_roundTripsAndRefusesTheSameNameTwice() throws Exception {
            StaffAccount bob = account("bob", Role.SUPERVISOR, StaffAccount.Source.CLI, "tax", "market-regulation");

            assertThat(await(store.createAccount(bob))).isTrue();
            assertThat(await(store.createAccount(bob))).isFalse();

            assertThat(await(store.findAccount("bob"))).contains(bob);
            assertThat(await(store.findAccount("nobody"))).isEmpty();
            assertThat(await(store.countAccounts())).isEqualTo(1);
            assertThat(await(store.listAccounts())).containsExactly(bob);
        }

        @Test
        void syncFileAccounts_updatesListedAndRemovesFileAccountsNoLongerListed() throws Exception {
            await(store.createAccount(account("cli-user", Role.AGENT, StaffAccount.Source.CLI)));
            await(store.syncFileAccounts(List.of(
                    account("a", Role.AGENT, StaffAccount.Source.FILE),
                    account("b", Role.AGENT, StaffAccount.Source.FILE))));
            await(store.createSession(new StaffSession("s-b", "hash-b", "b", T0, T0, T0.plusSeconds(60))));

            List<String> removed =
                    await(store.syncFileAccounts(List.of(account("a", Role.ADMIN, StaffAccount.Source.FILE, "tax"))));

            assertThat(removed).containsExactly("b");
            assertThat(await(store.findAccount("a")).orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(await(store.findAccount("a")).orElseThrow().departments())
                    .containsExactly("tax");
            assertThat(await(store.findAccount("b"))).isEmpty();
            assertThat(await(store.findSession("hash-b"))).isEmpty();
            assertThat(await(store.findAccount("cli-user"))).isPresent();
        }

        @Test
        void sessions_findByHashTouchDeleteAndPurge() throws Exception {
            await(store.createAccount(account("carol", Role.AGENT, StaffAccount.Source.CLI)));
            await(store.createSession(new StaffSession("s1", "h1", "carol", T0, T0, T0.plus(Duration.ofHours(24)))));
            await(store.createSession(new StaffSession("s2", "h2", "carol", T0, T0, T0.plus(Duration.ofHours(24)))));

            await(store.touchSession("s1", T0.plusSeconds(600)));
            assertThat(await(store.findSession("h1")).orElseThrow().session().lastSeenAt())
                    .isEqualTo(T0.plusSeconds(600));
            assertThat(await(store.findSession("h1")).orElseThrow().account().username())
                    .isEqualTo("carol");

            int purged = await(store.purge(T0.plusSeconds(700), T0.plusSeconds(300), T0));
            assertThat(purged).isEqualTo(1);
            assertThat(await(store.findSession("h2"))).isEmpty();

            await(store.deleteSession("s1"));
            assertThat(await(store.findSession("h1"))).isEmpty();
        }

        @Test
        void updateThrottle_createsThenUpdatesAndClearForgets() throws Exception {
            StaffAuthPolicy policy = StaffAuthPolicy.defaults();

            await(store.updateThrottle("dave", t -> t.afterFailure(T0, policy.maxFailures(), policy)));
            LoginThrottle second = await(
                    store.updateThrottle("dave", t -> t.afterFailure(T0.plusSeconds(1), policy.maxFailures(), policy)));

            assertThat(second.failures()).isEqualTo(2);
            assertThat(await(store.throttle("dave"))).isEqualTo(second);
            await(store.clearThrottle("dave"));
            assertThat(await(store.throttle("dave"))).isEqualTo(LoginThrottle.NONE);
        }

        @Test
        void updateThrottle_concurrentFailuresFromTwoNodes_areAllCounted() throws Exception {
            StaffAuthPolicy lenient = new StaffAuthPolicy(
                    Duration.ofHours(8),
                    Duration.ofHours(24),
                    1000,
                    1000,
                    Duration.ofHours(1),
                    Duration.ofMinutes(1),
                    Duration.ofHours(1),
                    Duration.ofMinutes(1));
            try (SqlDatabase otherNode = SqlDatabase.open(fx.vertx, fx.jdbcUrl)) {
                SqlStaffStore other = new SqlStaffStore(otherNode);
                List<io.vertx.core.Future<LoginThrottle>> updates = new java.util.ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    updates.add((i % 2 == 0 ? store : other)
                            .updateThrottle("erin", t -> t.afterFailure(T0, lenient.maxFailures(), lenient)));
                }
                await(io.vertx.core.Future.all(updates));
            }

            assertThat(await(store.throttle("erin")).failures()).isEqualTo(20);
        }

        @Test
        void audit_recordAndList_newestFirstFilteredAndPaged() throws Exception {
            for (int i = 0; i < 5; i++) {
                await(store.record(AuditEntry.of(
                        T0.plusSeconds(i),
                        i % 2 == 0 ? "alice" : "bob",
                        "test.action" + i,
                        i == 3 ? "conv-3" : null,
                        "target-" + i,
                        new JsonObject().put("i", i))));
            }

            List<AuditEntry> all = await(store.list(AuditQuery.latest(100)));
            List<AuditEntry> alices = await(store.list(new AuditQuery("alice", null, 100, null)));
            List<AuditEntry> conversation = await(store.list(new AuditQuery(null, "conv-3", 100, null)));
            List<AuditEntry> firstPage = await(store.list(AuditQuery.latest(2)));
            List<AuditEntry> secondPage = await(
                    store.list(new AuditQuery(null, null, 2, firstPage.get(1).id())));

            assertThat(all)
                    .extracting(AuditEntry::action)
                    .containsExactly("test.action4", "test.action3", "test.action2", "test.action1", "test.action0");
            assertThat(all.get(0).details().getInteger("i")).isEqualTo(4);
            assertThat(all.get(0).at()).isEqualTo(T0.plusSeconds(4));
            assertThat(alices)
                    .extracting(AuditEntry::actor)
                    .containsOnly("alice")
                    .hasSize(3);
            assertThat(conversation)
                    .singleElement()
                    .extracting(AuditEntry::target)
                    .isEqualTo("target-3");
            assertThat(secondPage).extracting(AuditEntry::action).containsExactly("test.action2", "test.action1");
        }
    }
}
