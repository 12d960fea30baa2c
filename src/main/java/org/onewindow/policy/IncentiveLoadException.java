package org.onewindow.policy;

/** A malformed incentive or fact file: the message names the file and the criterion or key. */
public final class IncentiveLoadException extends Exception {

    private final String file;

    public IncentiveLoadException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
