package org.onewindow.staff;

import java.util.Locale;

/** A staff member's role; each includes the ones before it: {@code agent < supervisor < admin}. */
public enum Role {
    AGENT,
    SUPERVISOR,
    ADMIN;

    /** Whether this role grants what {@code required} grants. */
    public boolean atLeast(Role required) {
        return compareTo(required) >= 0;
    }

    /** The role named {@code agent}, {@code supervisor} or {@code admin} (any case); null when none. */
    public static Role parseOrNull(String name) {
        if (name == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.wireName().equalsIgnoreCase(name.trim())) {
                return role;
            }
        }
        return null;
    }

    /** The lower-case name used in the API, the database and staff.yaml. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
