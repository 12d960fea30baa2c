package org.onewindow.knowledge.runtime;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.onewindow.knowledge.ingest.DocumentReader;

/** Validates admin-supplied paths: relative, inside the knowledge base, a document (not configuration). */
final class SafePaths {

    private SafePaths() {}

    /** The normalised relative path with '/' separators, or IllegalArgumentException saying why not. */
    static String relative(Path root, String relativePath) {
        if (relativePath == null || relativePath.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        String p = relativePath.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.contains("\0")) {
            throw new IllegalArgumentException("path must be relative: " + relativePath);
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                throw new IllegalArgumentException("path must not contain '..': " + relativePath);
            }
        }
        Path resolved;
        try {
            resolved = root.resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid path: " + relativePath);
        }
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("path escapes the knowledge base: " + relativePath);
        }
        String rel = root.relativize(resolved).toString().replace('\\', '/');
        if (!DocumentReader.isDocument(rel)) {
            throw new IllegalArgumentException(
                    "not a document path (hidden file or configuration folder): " + relativePath);
        }
        return rel;
    }
}
