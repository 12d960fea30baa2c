package org.onewindow.http;

/** Copies of the knowledge base for tests that change it. */
final class AdminDocumentsTestSupport {

    private AdminDocumentsTestSupport() {
    }

    static void copyTree(java.nio.file.Path from, java.nio.file.Path to) throws java.io.IOException {
        try (var paths = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) paths::iterator) {
                java.nio.file.Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
