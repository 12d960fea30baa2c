package org.onewindow.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.DocumentInspector;
import org.onewindow.shared.FileAttachment;
import org.onewindow.shared.Lang;
import org.onewindow.shared.UploadRefusal;

/**
 * Keeps the documents enterprises upload, one folder per conversation. The type is decided by
 * the file's name and confirmed by its first bytes, never taken from the client's word.
 * Blocking: call from a worker thread.
 */
public final class FileStorage {

    /** Accepted extensions, their content types and the bytes such a file starts with. */
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "docx",
                    new Kind(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            new byte[] {'P', 'K', 3, 4}),
            "xlsx",
                    new Kind(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            new byte[] {'P', 'K', 3, 4}));

    private record Kind(String contentType, byte[] magic) {}

    /** The largest document accepted, from the widget or from a messaging app ({@link FileAttachment#MAX_BYTES}). */
    public static final long MAX_BYTES = FileAttachment.MAX_BYTES;

    private final Path dir;
    private final DocumentInspector inspector;

    public FileStorage(Path dir, DocumentInspector inspector) {
        this.dir = dir;
        this.inspector = inspector;
    }

    /**
     * Moves an uploaded temporary file into the conversation's folder once its type, first bytes and inside
     * ({@link DocumentInspector}) are what its name says. 400/415 for a bad file, explained in {@code lang}.
     */
    public FileAttachment store(String conversationId, Path upload, String originalName, Lang lang) throws IOException {
        String name = safeName(originalName);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Kind kind = KINDS.get(extension);
        if (kind == null) {
            throw new ApiException(
                    415,
                    "unsupported_file_type",
                    "Files of this type are not accepted; send PDF, PNG, JPEG, DOCX or XLSX.");
        }
        long size = Files.size(upload);
        if (size == 0) {
            throw ApiException.badRequest("empty_file", "The file is empty.");
        }
        byte[] head = new byte[kind.magic().length];
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(upload), sha256)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read < head.length || !Arrays.equals(head, kind.magic())) {
                throw ApiException.badRequest(
                        "file_content_mismatch", "The file's content is not a ." + extension + " file.");
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        Optional<UploadRefusal> refusal;
        try {
            refusal = inspector.inspect(upload, extension);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "unavailable", "The service is stopping; please upload the file again.");
        } catch (IllegalStateException e) {
            throw new ApiException(
                    503, "inspection_unavailable", "Uploads cannot be checked right now; please try again shortly.");
        }
        if (refusal.isPresent()) {
            throw ApiException.badRequest(
                    refusal.get().code(),
                    MessageCatalog.bundled().text(lang, refusal.get().messageKey(), "extension", "." + extension));
        }
        String id = UUID.randomUUID().toString();
        Path target = folder(conversationId).resolve(id);
        Files.createDirectories(target.getParent());
        try {
            Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            // The files folder is on another file system (a share every node reads): copy to a
            // temporary name there, then rename atomically, so a reader never sees half a file.
            Path partial = target.resolveSibling(id + ".partial");
            Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(upload);
        }
        return new FileAttachment(
                id, name, kind.contentType(), size, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Stores a document received in memory (a messaging app's media), as {@link #store} does an upload. */
    public FileAttachment store(String conversationId, byte[] content, String originalName, Lang lang)
            throws IOException {
        if (content.length > MAX_BYTES) {
            throw new ApiException(413, "file_too_large", "The file is larger than " + (MAX_BYTES >> 20) + " MB.");
        }
        Files.createDirectories(dir);
        Path received = Files.createTempFile(dir, "received-", ".part");
        try {
            Files.write(received, content);
            return store(conversationId, received, originalName, lang);
        } finally {
            Files.deleteIfExists(received);
        }
    }

    /** Where a stored file of a conversation lives. */
    public Path path(String conversationId, String fileId) {
        return folder(conversationId).resolve(UUID.fromString(fileId).toString());
    }

    private Path folder(String conversationId) {
        return dir.resolve(UUID.fromString(conversationId).toString());
    }

    /** The last path segment, without control characters, at most 200 characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "upload";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
