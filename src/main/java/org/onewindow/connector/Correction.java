package org.onewindow.connector;

/** One field or document an approval system asks the enterprise to correct (补正). */
public record Correction(String field, String reason) {
    public Correction {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a correction needs a field");
        }
        reason = reason == null ? "" : reason;
    }
}
