package org.onewindow.knowledge.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onewindow.shared.DocumentInspector;
import org.onewindow.shared.UploadRefusal;

/**
 * {@link DocumentInspector} with Tika in a forked JVM of its own ({@link ForkedParserPool}: capped heap, killed on
 * timeout), so that a hostile upload costs at most that JVM. A document is refused when the parser finds it encrypted,
 * cannot read it, runs out of time or memory on it (a bomb), meets XML with a DOCTYPE in it (entity tricks), or
 * detects a type other than the one its extension declares — a macro-enabled Office file among them.
 */
public final class ParsedDocumentInspector implements DocumentInspector, AutoCloseable {

    /** The media types Tika detects for each accepted extension. */
    private static final Map<String, String> DETECTED = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ForkedParserPool parsers;

    public ParsedDocumentInspector(int parsersAtOnce, int heapMb, Duration timeout) {
        // Only a little text is kept: the point is to read the document through, not to index it.
        this.parsers = new ForkedParserPool(parsersAtOnce, heapMb, timeout, 10_000);
    }

    @Override
    public Optional<UploadRefusal> inspect(Path file, String extension) throws InterruptedException {
        ParsedContent parsed;
        try {
            parsed = parsers.parse(file);
        } catch (ParseFailedException e) {
            return Optional.of(refusalFor(String.valueOf(e.getMessage())));
        }
        String detected = mediaType(parsed.contentType());
        if (detected.contains("macroenabled") || detected.contains("vnd.ms-word.document.macro")) {
            return Optional.of(UploadRefusal.MACROS);
        }
        String expected = DETECTED.get(extension.toLowerCase(Locale.ROOT));
        return expected == null || expected.equals(detected) ? Optional.empty() : Optional.of(UploadRefusal.MISMATCH);
    }

    static UploadRefusal refusalFor(String failure) {
        String reason = failure.toLowerCase(Locale.ROOT);
        if (reason.startsWith("parser unavailable") || reason.startsWith("parser pool closed")) {
            // Our side is broken, not the document: the caller answers 503 and keeps nothing.
            throw new IllegalStateException("the upload parser is unavailable: " + failure);
        }
        if (reason.contains("encrypted")) {
            return UploadRefusal.ENCRYPTED;
        }
        if (reason.contains("zip bomb")
                || reason.contains("timed out")
                || reason.contains("out of memory")
                || reason.contains("doctype")
                || reason.contains("entity")
                || reason.contains("entities")) {
            return UploadRefusal.SUSPICIOUS;
        }
        return UploadRefusal.UNREADABLE;
    }

    private static String mediaType(String contentType) {
        String type = contentType == null ? "" : contentType;
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        parsers.close();
    }
}
