package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class AuditEntryTest {

    @Test
    void details_withSecretNamedMembers_areRedactedAtAnyDepth() {
        JsonObject details = new JsonObject()
                .put("password", "hunter2")
                .put("newPassword", "hunter3")
                .put("note", "kept")
                .put("nested", new JsonObject().put("accessToken", "abc").put("ok", 1))
                .put("list", new JsonArray().add(new JsonObject().put("clientSecret", "s")));

        AuditEntry entry = AuditEntry.of(Instant.EPOCH, "alice", "test.action", null, null, details);

        String encoded = entry.details().encode();
        assertThat(encoded).doesNotContain("hunter2", "hunter3", "abc", "\"s\"").contains("kept");
        assertThat(entry.details().getString("password")).isEqualTo(AuditEntry.REDACTED);
        assertThat(entry.details().getJsonObject("nested").getInteger("ok")).isEqualTo(1);
    }

    @Test
    void by_principal_recordsTheSessionIdNotTheToken() {
        StaffPrincipal alice = new StaffPrincipal("alice", Role.AGENT, java.util.List.of(), "sess-1", Instant.EPOCH);

        AuditEntry entry = AuditEntry.by(alice, Instant.EPOCH, "handoff.claimed", "conv-1", "handoff:9", null);

        assertThat(entry.actor()).isEqualTo("alice");
        assertThat(entry.conversationId()).isEqualTo("conv-1");
        assertThat(entry.details().getString("session")).isEqualTo("sess-1");
    }
}
