package org.onewindow.policy;

import java.util.Objects;

/** A file that did not load, and why (the message names the file and the criterion). */
public record LoadProblem(String file, String message) {
    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }
}
