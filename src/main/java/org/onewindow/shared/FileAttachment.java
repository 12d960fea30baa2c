package org.onewindow.shared;

import java.util.Objects;

/** An uploaded file as the conversation knows it: stored by the service under {@code id}. */
public record FileAttachment(String id, String name, String contentType, long size, String sha256) {

    /** The largest document accepted, from the widget or from a messaging app. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public FileAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
