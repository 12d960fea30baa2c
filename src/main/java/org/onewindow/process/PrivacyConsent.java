package org.onewindow.process;

import java.util.Objects;

/** The user's agreement to a privacy notice: when (ISO-8601 instant) and which version of the notice. */
public record PrivacyConsent(String acceptedAt, String noticeVersion) {

    public PrivacyConsent {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(noticeVersion, "noticeVersion");
    }
}
