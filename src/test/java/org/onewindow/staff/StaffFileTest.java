package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StaffFileTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("staff.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void read_validFile_givesFileAccounts() throws Exception {
        String hash = StaffFixture.CHEAP_HASHER.hash("a password of length");
        Path file =
                write("staff:\n  - username: Alice\n    role: supervisor\n    departments: [market-regulation, tax]\n"
                        + "    passwordHash: \"" + hash + "\"\n");

        var accounts = StaffFile.read(file, StaffFixture.CHEAP_HASHER, Instant.EPOCH);

        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("alice");
            assertThat(a.role()).isEqualTo(Role.SUPERVISOR);
            assertThat(a.departments()).containsExactly("market-regulation", "tax");
            assertThat(a.source()).isEqualTo(StaffAccount.Source.FILE);
            assertThat(a.passwordHash()).isEqualTo(hash);
        });
    }

    @Test
    void read_plainPassword_isRefusedNamingTheEntry() throws Exception {
        Path file = write("staff:\n  - username: bob\n    role: agent\n    passwordHash: hunter2hunter2\n");

        assertThatThrownBy(() -> StaffFile.read(file, StaffFixture.CHEAP_HASHER, Instant.EPOCH))
                .hasMessageContaining("staff 'bob'")
                .hasMessageContaining("passwordHash must be an Argon2id hash")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void read_passwordKeyOrBadRole_isRefused() throws Exception {
        Path withPassword = write("staff:\n  - username: bob\n    role: agent\n    password: hunter2hunter2\n");
        assertThatThrownBy(() -> StaffFile.read(withPassword, StaffFixture.CHEAP_HASHER, Instant.EPOCH))
                .hasMessageContaining("unknown key 'password'");

        Path badRole = write("staff:\n  - username: bob\n    role: boss\n    passwordHash: x\n");
        assertThatThrownBy(() -> StaffFile.read(badRole, StaffFixture.CHEAP_HASHER, Instant.EPOCH))
                .hasMessageContaining("role must be agent, supervisor or admin");
    }
}
