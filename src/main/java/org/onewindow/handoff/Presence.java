package org.onewindow.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A staff member's presence as their console last reported it: {@link #AVAILABLE} takes new
 * conversations (auto-assigned by department and load), {@link #AWAY} does not.
 */
public record Presence(String username, String status, List<String> departments, Instant updatedAt) {
    public static final String AVAILABLE = "available";
    public static final String AWAY = "away";

    public Presence {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(status, "status");
        departments = List.copyOf(departments);
    }

    /** Whether this staff member answers for {@code department} (everyone answers the general queue). */
    public boolean answersFor(String department, String generalDepartment) {
        return generalDepartment.equals(department) || departments.contains(department);
    }
}
