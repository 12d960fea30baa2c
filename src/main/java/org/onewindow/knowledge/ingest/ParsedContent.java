package org.onewindow.knowledge.ingest;

/**
 * What a forked parser read from a file.
 *
 * @param text structured text (see {@link StructuredTextHandler})
 * @param truncated whether the character limit cut the text
 */
public record ParsedContent(String contentType, String title, String text, boolean truncated) {}
