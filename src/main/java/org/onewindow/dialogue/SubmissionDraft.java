package org.onewindow.dialogue;

import java.util.Objects;
import org.onewindow.process.IntakePayload;
import org.onewindow.shared.Lang;

/** A process the user has just confirmed: its intake payload, to be stored and handed on. */
public record SubmissionDraft(IntakePayload payload, String processTitle, Lang lang) {
    public SubmissionDraft {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(lang, "lang");
    }
}
