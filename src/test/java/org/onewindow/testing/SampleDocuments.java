package org.onewindow.testing;

import java.nio.charset.StandardCharsets;

/** Small documents a parser reads through without complaint, for uploads that should be kept. */
public final class SampleDocuments {

    private SampleDocuments() {}

    /** A well-formed PDF with an empty page tree. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
