package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class StaffCommandTest {

    private StaffFixture fx;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> configArgsSeen = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        fx = new StaffFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        StaffCommand.StoreOpener opener = configArgs -> {
            configArgsSeen.add(configArgs);
            return new StaffCommand.OpenStore(fx.store, fx.store, () -> {});
        };
        return StaffCommand.run(
                List.of(args),
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                opener,
                StaffFixture.CHEAP_HASHER,
                fx.clock);
    }

    @Test
    void add_passwordFromStdin_createsAccountThatCanLogIn() throws Exception {
        int code = run(
                Map.of(),
                "a good long password\n",
                "add",
                "--username",
                "alice",
                "--role",
                "agent",
                "--department",
                "market-regulation",
                "--data-dir",
                "/tmp/somewhere");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("created staff account 'alice'").doesNotContain("a good long password");
        assertThat(configArgsSeen).containsExactly(List.of("--data-dir", "/tmp/somewhere"));
        StaffAccount alice = await(fx.store.findAccount("alice")).orElseThrow();
        assertThat(alice.role()).isEqualTo(Role.AGENT);
        assertThat(alice.departments()).containsExactly("market-regulation");
        assertThat(alice.source()).isEqualTo(StaffAccount.Source.CLI);
        try (StaffAuth auth = fx.auth(StaffAuthPolicy.defaults())) {
            assertThat(await(auth.login("alice", "a good long password", "127.0.0.1"))
                            .principal()
                            .username())
                    .isEqualTo("alice");
        }
        assertThat(await(fx.store.list(new AuditQuery("cli", null, 10, null))))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("cli"))
                .satisfies(e -> assertThat(e.action()).isEqualTo("staff.account_created"));
    }

    @Test
    void add_passwordFromEnvironment_isPreferredToStdin() throws Exception {
        int code = run(
                Map.of(StaffCommand.PASSWORD_ENV, "password from env"),
                "",
                "add",
                "--username",
                "root",
                "--role",
                "admin");

        assertThat(code).as(err.toString()).isZero();
        assertThat(StaffFixture.CHEAP_HASHER.matches(
                        "password from env",
                        await(fx.store.findAccount("root")).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void add_existingNameShortPasswordBadRoleOrPasswordFlag_failsWithoutChange() throws Exception {
        fx.account("alice", Role.AGENT);

        assertThat(run(Map.of(), "a good long password\n", "add", "--username", "alice", "--role", "agent"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(run(Map.of(), "short\n", "add", "--username", "bob", "--role", "agent"))
                .isEqualTo(2);
        assertThat(run(Map.of(), "a good long password\n", "add", "--username", "bob", "--role", "boss"))
                .isEqualTo(2);
        assertThat(run(Map.of(), "", "add", "--username", "bob", "--role", "agent", "--password", "x"))
                .isEqualTo(2);
        assertThat(await(fx.store.findAccount("bob"))).isEmpty();
    }

    @Test
    void setPassword_changesItAndEndsSessions() throws Exception {
        fx.account("alice", Role.AGENT);
        try (StaffAuth auth = fx.auth(StaffAuthPolicy.defaults())) {
            String token = await(auth.login("alice", StaffFixture.PASSWORD, "127.0.0.1"))
                    .token();

            assertThat(run(Map.of(), "a brand new password\n", "set-password", "--username", "alice"))
                    .isZero();

            assertThat(StaffFixture.failure(auth.authenticate(token))).hasMessageContaining("not valid");
            assertThat(await(auth.login("alice", "a brand new password", "127.0.0.1"))
                            .principal()
                            .username())
                    .isEqualTo("alice");
        }
    }

    @Test
    void hashPassword_printsAHashStaffYamlAccepts() {
        assertThat(run(Map.of(), "a good long password\n", "hash-password")).isZero();

        String hash = out.toString().trim();
        assertThat(StaffFixture.CHEAP_HASHER.isHash(hash)).isTrue();
        assertThat(StaffFixture.CHEAP_HASHER.matches("a good long password", hash))
                .isTrue();
        assertThat(configArgsSeen).isEmpty();
    }

    @Test
    void list_showsAccountsWithoutHashes() throws Exception {
        fx.account("alice", Role.SUPERVISOR, "tax");

        assertThat(run(Map.of(), "", "list")).isZero();

        assertThat(out.toString()).contains("alice\tsupervisor\ttax\tcli").doesNotContain("argon2");
    }

    @Test
    void remove_endsTheAccountAndItsSessions() throws Exception {
        fx.account("alice", Role.AGENT);
        try (StaffAuth auth = fx.auth(StaffAuthPolicy.defaults())) {
            String token = await(auth.login("alice", StaffFixture.PASSWORD, "127.0.0.1"))
                    .token();

            assertThat(run(Map.of(), "", "remove", "--username", "alice")).isZero();

            assertThat(await(fx.store.findAccount("alice"))).isEmpty();
            assertThat(StaffFixture.failure(auth.authenticate(token))).hasMessageContaining("not valid");
            assertThat(run(Map.of(), "", "remove", "--username", "alice")).isEqualTo(1);
        }
    }
}
