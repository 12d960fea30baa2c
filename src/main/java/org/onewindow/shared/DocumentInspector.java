package org.onewindow.shared;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Looks inside an uploaded document before it is kept: a parser in a separate process with bounded time and memory
 * reads it, and what it finds (encryption, macros, a bomb, hostile XML, content of another type) refuses it.
 * Blocking; call it on a worker thread.
 */
public interface DocumentInspector {

    /** Why {@code file}, declared as {@code extension} ({@code pdf}, {@code docx}…), must not be kept; empty when it may. */
    Optional<UploadRefusal> inspect(Path file, String extension) throws InterruptedException;

    /** Accepts everything the file-type check let through; for tests of other things. */
    DocumentInspector NONE = (file, extension) -> Optional.empty();
}
