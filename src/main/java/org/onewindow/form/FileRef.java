package org.onewindow.form;

import java.util.Objects;

/** A file the caller has stored (uploaded document): its id, original name, MIME type and size in bytes. */
public record FileRef(String id, String name, String contentType, long size) {

    public FileRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("file id must not be blank");
        }
        name = name == null ? "" : name;
        contentType = contentType == null ? "" : contentType;
        if (size < 0) {
            throw new IllegalArgumentException("file size must not be negative");
        }
    }
}
