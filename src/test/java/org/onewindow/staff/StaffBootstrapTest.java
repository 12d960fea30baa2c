package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class StaffBootstrapTest {

    private StaffFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new StaffFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void run_noAccountsAndAdminPassword_createsAdminThatCanLogIn() throws Exception {
        await(StaffBootstrap.run(fx.store, fx.store, StaffFixture.CHEAP_HASHER, null, "bootstrap password", fx.clock));

        StaffAccount admin = await(fx.store.findAccount("admin")).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).doesNotContain("bootstrap password");
        try (StaffAuth auth = fx.auth(StaffAuthPolicy.defaults())) {
            assertThat(await(auth.login("admin", "bootstrap password", "127.0.0.1"))
                            .principal()
                            .role())
                    .isEqualTo(Role.ADMIN);
        }
        assertThat(await(fx.store.list(AuditQuery.latest(10))))
                .extracting(AuditEntry::action)
                .contains("staff.account_created");
    }

    @Test
    void run_accountsExist_leavesThemAndCreatesNoAdmin() throws Exception {
        fx.account("alice", Role.AGENT);

        await(StaffBootstrap.run(fx.store, fx.store, StaffFixture.CHEAP_HASHER, null, "bootstrap password", fx.clock));

        assertThat(await(fx.store.findAccount("admin"))).isEmpty();
    }

    @Test
    void run_noAccountsNoPassword_createsNothing() throws Exception {
        await(StaffBootstrap.run(
                fx.store, fx.store, StaffFixture.CHEAP_HASHER, fx.dataDir.resolve("staff.yaml"), null, fx.clock));

        assertThat(await(fx.store.countAccounts())).isZero();
    }

    @Test
    void run_staffFile_loadsItsAccountsInsteadOfTheBootstrapAdmin() throws Exception {
        Path file = fx.dataDir.resolve("staff.yaml");
        Files.writeString(
                file,
                "staff:\n  - username: sam\n    role: admin\n    passwordHash: \""
                        + StaffFixture.CHEAP_HASHER.hash(StaffFixture.PASSWORD) + "\"\n");

        await(StaffBootstrap.run(fx.store, fx.store, StaffFixture.CHEAP_HASHER, file, "bootstrap password", fx.clock));

        assertThat(await(fx.store.listAccounts()))
                .extracting(StaffAccount::username)
                .containsExactly("sam");
    }
}
