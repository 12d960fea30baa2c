package org.onewindow.staff;

import java.time.Instant;
import java.util.List;

/**
 * The authenticated staff member behind a request: who, with which role and departments, and
 * which login session (its id, never its token) until when.
 */
public record StaffPrincipal(
        String username, Role role, List<String> departments, String sessionId, Instant expiresAt) {

    public StaffPrincipal {
        departments = List.copyOf(departments);
    }

    public boolean hasRole(Role required) {
        return role.atLeast(required);
    }

    public boolean inDepartment(String department) {
        return departments.contains(department);
    }
}
