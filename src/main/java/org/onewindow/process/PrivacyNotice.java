package org.onewindow.process;

import java.util.Objects;
import org.onewindow.form.LocalizedText;

/** The version of a process's privacy notice (recorded with the consent) and how long data is kept. */
public record PrivacyNotice(String version, LocalizedText retention) {

    public PrivacyNotice {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(retention, "retention");
    }
}
