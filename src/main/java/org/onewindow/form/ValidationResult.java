package org.onewindow.form;

import java.util.Objects;
import org.onewindow.shared.Lang;

/**
 * The outcome of validating one answer: either ok with the typed value ({@code String},
 * {@code java.math.BigDecimal}, {@code java.time.LocalDate}, {@code Boolean} or {@link FileRef})
 * and how to show it, or an error with a specific reason in both languages.
 */
public record ValidationResult(Object value, LocalizedText display, LocalizedText reason) {

    public ValidationResult {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a result is either a value or a reason");
        }
        if (value != null) {
            Objects.requireNonNull(display, "display");
        }
    }

    public static ValidationResult ok(Object value, LocalizedText display) {
        return new ValidationResult(value, display, null);
    }

    public static ValidationResult ok(Object value, String display) {
        return new ValidationResult(value, LocalizedText.same(display), null);
    }

    public static ValidationResult error(String en, String zh) {
        return new ValidationResult(null, null, new LocalizedText(en, zh));
    }

    public boolean isOk() {
        return value != null;
    }

    public String reason(Lang lang) {
        return reason == null ? "" : reason.text(lang);
    }
}
