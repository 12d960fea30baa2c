package org.onewindow.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong in one content file, where an editor finds it.
 *
 * @param line 1-based; 0 when the problem concerns the whole file (it cannot be read, a folder is empty)
 */
public record Problem(Path file, int line, String message) {

    /** Problems in reading order: by file, then by line. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(
                    (Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** {@code file:line: message}, the form editors and build tools jump to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
