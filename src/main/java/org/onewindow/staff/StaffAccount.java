package org.onewindow.staff;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A staff account: the login name, the password's hash (never the password), the role and the
 * departments whose queues the member works. {@code source} says where it came from, so that
 * accounts removed from {@code staff.yaml} can be removed from the database too.
 */
public record StaffAccount(
        String username, String passwordHash, Role role, List<String> departments, Source source, Instant createdAt) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** Where an account was defined. */
    public enum Source {
        FILE,
        CLI,
        BOOTSTRAP;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Source parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public StaffAccount {
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException(
                    "username must be 1 to 64 of a-z 0-9 . _ - (starting with a letter or digit)");
        }
        departments = List.copyOf(departments);
        for (String d : departments) {
            if (!DEPARTMENT.matcher(d).matches()) {
                throw new IllegalArgumentException("department '" + d + "' must be 1 to 64 of a-z 0-9 . _ -");
            }
        }
    }

    /** The canonical form of a typed username: trimmed, lower case. */
    public static String normalizeUsername(String typed) {
        return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public StaffAccount withPasswordHash(String newHash) {
        return new StaffAccount(username, newHash, role, departments, source, createdAt);
    }
}
