package org.onewindow.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * A login session as stored: the SHA-256 of its bearer token (never the token), whose it is,
 * when it started, when it was last used and its absolute end.
 */
public record StaffSession(
        String id, String tokenHash, String username, Instant createdAt, Instant lastSeenAt, Instant absoluteExpiry) {
    public StaffSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(absoluteExpiry, "absoluteExpiry");
    }
}
