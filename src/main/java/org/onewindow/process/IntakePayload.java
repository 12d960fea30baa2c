package org.onewindow.process;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a completed process hands to the caller for the departments: the answers as typed values
 * (money as a decimal string of yuan, dates ISO {@code yyyy-MM-dd}, booleans, numbers as
 * {@link java.math.BigDecimal}, files as {@link org.onewindow.form.FileRef}, everything else
 * strings), the documents checklist that applies, the departments, the privacy consent (null when
 * the process asked for no personal data), and the committed time limit with its expected date
 * (null when the calendar does not cover it). The caller assigns the receipt number.
 */
public record IntakePayload(
        String processId,
        int schemaVersion,
        Map<String, Object> answers,
        List<DocumentItem> documents,
        List<String> departments,
        PrivacyConsent privacyConsent,
        String submittedAt,
        int minWorkingDays,
        int maxWorkingDays,
        String expectedBy,
        String lang) {

    public IntakePayload {
        Objects.requireNonNull(processId, "processId");
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers)); // in question order
        documents = List.copyOf(documents);
        departments = List.copyOf(departments);
    }

    /** One entry of the documents checklist, in both languages. */
    public record DocumentItem(String id, String en, String zh, boolean required) {}
}
