package org.onewindow.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffPrincipal;

final class StaffScopeTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final StaffPrincipal AGENT = staff("li", Role.AGENT, "market-regulation");
    private static final StaffPrincipal SUPERVISOR = staff("wang", Role.SUPERVISOR, "market-regulation", "tax");
    private static final StaffPrincipal ADMIN = staff("root", Role.ADMIN);

    private static StaffPrincipal staff(String username, Role role, String... departments) {
        return new StaffPrincipal(username, role, List.of(departments), "session", T0.plusSeconds(3600));
    }

    private static HandoffItem episode(String department, String status, String claimedBy) {
        return new HandoffItem("h", "c", department, status, "asked", T0, claimedBy, null, null, null, null);
    }

    @Test
    void agent_seesAHandoffWaitingInTheirDepartment() {
        assertThat(StaffScope.covers(AGENT, List.of(episode("market-regulation", "queued", null))))
                .isTrue();
    }

    @Test
    void agent_seesAColleaguesActiveHandoffOfTheirDepartment() {
        assertThat(StaffScope.covers(AGENT, List.of(episode("market-regulation", "active", "zhao"))))
                .isTrue();
    }

    @Test
    void agent_doesNotSeeAHandoffOfAnotherDepartment() {
        assertThat(StaffScope.covers(AGENT, List.of(episode("tax", "queued", null))))
                .isFalse();
    }

    @Test
    void agent_doesNotSeeAClosedHandoffOfTheirDepartmentSomeoneElseHandled() {
        assertThat(StaffScope.covers(AGENT, List.of(episode("market-regulation", "closed", "zhao"))))
                .isFalse();
    }

    @Test
    void agent_seesAConversationHandedToThemInAnotherDepartment() {
        assertThat(StaffScope.covers(AGENT, List.of(episode("tax", "closed", "li"))))
                .isTrue();
    }

    @Test
    void everyone_seesTheGeneralQueue() {
        assertThat(StaffScope.covers(AGENT, List.of(episode("general", "queued", null))))
                .isTrue();
    }

    @Test
    void supervisor_seesClosedHandoffsOfTheirDepartments() {
        assertThat(StaffScope.covers(SUPERVISOR, List.of(episode("tax", "closed", "zhao"))))
                .isTrue();
    }

    @Test
    void supervisor_doesNotSeeOtherDepartments() {
        assertThat(StaffScope.covers(SUPERVISOR, List.of(episode("public-security", "queued", null))))
                .isFalse();
    }

    @Test
    void conversationNeverHandedOver_isTheAdminsAlone() {
        assertThat(StaffScope.covers(ADMIN, List.of())).isTrue();
        assertThat(StaffScope.covers(SUPERVISOR, List.of())).isFalse();
        assertThat(StaffScope.covers(AGENT, List.of())).isFalse();
    }

    @Test
    void anyEpisodeInScope_bringsTheConversationIn() {
        List<HandoffItem> episodes =
                List.of(episode("tax", "queued", null), episode("market-regulation", "closed", "li"));

        assertThat(StaffScope.covers(AGENT, episodes)).isTrue();
    }
}
