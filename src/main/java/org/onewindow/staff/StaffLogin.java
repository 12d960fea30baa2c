package org.onewindow.staff;

import java.time.Instant;

/** A successful login: the new bearer token (shown once, stored only hashed), its expiry and who. */
public record StaffLogin(String token, Instant expiresAt, StaffPrincipal principal) {
    @Override
    public String toString() {
        return "StaffLogin[token=[redacted], expiresAt=" + expiresAt + ", principal=" + principal + "]";
    }
}
