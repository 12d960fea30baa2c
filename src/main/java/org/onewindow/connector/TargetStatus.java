package org.onewindow.connector;

import java.util.Locale;

/** Where one target (approval system) stands with one submission; API.md's target statuses. */
public enum TargetStatus {
    PENDING,
    DELIVERED,
    IN_REVIEW,
    NEEDS_CORRECTION,
    APPROVED,
    REJECTED,
    FAILED;

    /** The wire form: {@code in_review}, {@code needs_correction}, … */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form; {@code null} when it is none of them. */
    public static TargetStatus parseOrNull(String value) {
        if (value == null) {
            return null;
        }
        for (TargetStatus status : values()) {
            if (status.toString().equals(value)) {
                return status;
            }
        }
        return null;
    }

    /** The statuses an approval system may report in a callback. */
    public boolean reportable() {
        return this == IN_REVIEW || this == NEEDS_CORRECTION || this == APPROVED || this == REJECTED;
    }
}
