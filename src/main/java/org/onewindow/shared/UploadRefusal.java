package org.onewindow.shared;

/**
 * Why an uploaded document is not kept. The API's error code is {@link #code()}; what the enterprise
 * is told is the catalogue's {@code upload.<code>} message, with {@code {extension}} (".pdf") where it
 * names the file type.
 */
public enum UploadRefusal {
    ENCRYPTED("file_encrypted"),
    UNREADABLE("file_unreadable"),
    MACROS("file_has_macros"),
    SUSPICIOUS("file_suspicious"),
    MISMATCH("file_content_mismatch");

    private final String code;

    UploadRefusal(String code) {
        this.code = code;
    }

    /** The error code of the API, and the last part of the message's key ({@code upload.file_encrypted}). */
    public String code() {
        return code;
    }

    /** The key of the message that explains the refusal. */
    public String messageKey() {
        return "upload." + code;
    }
}
