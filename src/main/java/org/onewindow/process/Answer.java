package org.onewindow.process;

import java.util.Objects;
import org.onewindow.form.FileRef;
import org.onewindow.form.LocalizedText;

/**
 * A stored answer: the canonical value as a string (money "3000000", dates "2026-12-01", booleans
 * "true", enum option values, the file id for files), how it is shown, and the file for {@code file}
 * fields. Plain data so that {@link ProcessProgress} round-trips through any ObjectMapper.
 */
public record Answer(String value, LocalizedText display, FileRef file) {

    public Answer {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(display, "display");
    }
}
