package org.onewindow.i18n;

/** A catalogue that cannot be used (a missing key, a malformed message, a gap between languages), or a missing argument. */
public final class MessageCatalogException extends RuntimeException {

    public MessageCatalogException(String message) {
        super(message);
    }

    public MessageCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
