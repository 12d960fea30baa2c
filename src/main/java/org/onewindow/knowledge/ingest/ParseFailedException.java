package org.onewindow.knowledge.ingest;

/** A file could not be read; the message is the reason shown in the documents list. */
public final class ParseFailedException extends Exception {
    public ParseFailedException(String reason) {
        super(reason, null, false, false);
    }
}
