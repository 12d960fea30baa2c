package org.onewindow.handoff;

import java.util.List;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffPrincipal;

/**
 * Which conversations a staff member may read and act on, decided from the conversation's handoff episodes: an admin
 * every one; a supervisor those ever handed to one of their departments; an agent those waiting or being handled in
 * one of their departments now; and anyone those handed to them by name (claimed by them or transferred to them).
 * The general queue, where requests no department was named for wait, is everyone's department. A conversation never
 * handed to staff is the admins' alone.
 */
public final class StaffScope {

    private StaffScope() {}

    /** Whether {@code staff} may see the conversation whose episodes (or the ones matching them) these are. */
    public static boolean covers(StaffPrincipal staff, List<HandoffItem> episodes) {
        if (staff.hasRole(Role.ADMIN)) {
            return true;
        }
        return episodes.stream().anyMatch(episode -> covers(staff, episode));
    }

    /** Whether this one episode brings its conversation into the scope of {@code staff}. */
    public static boolean covers(StaffPrincipal staff, HandoffItem episode) {
        if (staff.hasRole(Role.ADMIN) || staff.username().equals(episode.claimedBy())) {
            return true;
        }
        if (!staff.inDepartment(episode.department()) && !Dialogue.GENERAL_DEPARTMENT.equals(episode.department())) {
            return false;
        }
        return staff.hasRole(Role.SUPERVISOR) || !HandoffInfo.CLOSED.equals(episode.status());
    }
}
