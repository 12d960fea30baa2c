package org.onewindow.process;

import org.onewindow.form.FileRef;

/** One user input to a running process in the tests: typed text, a quick-reply action, or an uploaded file. */
public record ProcessInput(String text, String action, FileRef file) {

    public ProcessInput {
        int given = (text != null ? 1 : 0) + (action != null ? 1 : 0) + (file != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("an input is exactly one of text, action, file");
        }
    }

    public static ProcessInput text(String text) {
        return new ProcessInput(text, null, null);
    }

    public static ProcessInput action(String action) {
        return new ProcessInput(null, action, null);
    }

    public static ProcessInput file(FileRef file) {
        return new ProcessInput(null, null, file);
    }
}
