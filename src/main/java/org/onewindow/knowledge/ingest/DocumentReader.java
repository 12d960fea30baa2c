package org.onewindow.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onewindow.knowledge.Passage;
import org.onewindow.shared.Lang;

/**
 * Turns one file of the knowledge base into passages: FAQ files are read as YAML, everything else
 * through the forked Tika parsers, Markdown front matter is honoured, text is chunked at headings.
 */
public final class DocumentReader {

    /** Folders of the knowledge base that hold configuration, not documents. */
    public static final Set<String> CONFIG_FOLDERS =
            Set.of("processes", "calendar", "incentives", "synonyms", "schemas");
    /** Files at the top of the knowledge base that are configuration (the department registry). */
    public static final Set<String> CONFIG_FILES = Set.of("departments.yaml");

    private final ForkedParserPool parsers;
    private final long maxFileBytes;
    private final String sourcePrefix;

    /**
     * @param sourcePrefix prepended to relative paths to make sources, e.g. {@code knowledge-base/}
     */
    public DocumentReader(ForkedParserPool parsers, long maxFileBytes, String sourcePrefix) {
        this.parsers = parsers;
        this.maxFileBytes = maxFileBytes;
        this.sourcePrefix = sourcePrefix;
    }

    /** Whether a path relative to the knowledge base is a document (not configuration, not hidden). */
    public static boolean isDocument(String relativePath) {
        String p = relativePath.replace('\\', '/');
        int slash = p.indexOf('/');
        if (slash > 0 && CONFIG_FOLDERS.contains(p.substring(0, slash)) || CONFIG_FILES.contains(p)) {
            return false;
        }
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.startsWith(".")) {
                return false;
            }
        }
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return !(name.endsWith("~")
                || name.endsWith(".tmp")
                || name.endsWith(".swp")
                || name.endsWith(".part")
                || name.equals("readme.md"));
    }

    public String sourceOf(String relativePath) {
        return sourcePrefix + relativePath.replace('\\', '/');
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a file whose hash is already known. */
    public ReadDocument read(Path file, String relativePath, String hash, long size)
            throws ParseFailedException, InterruptedException {
        String rel = relativePath.replace('\\', '/');
        String source = sourceOf(rel);
        if (size > maxFileBytes) {
            throw new ParseFailedException("file too large: " + size + " bytes (limit " + maxFileBytes + ")");
        }
        if (size == 0) {
            throw new ParseFailedException("empty file");
        }
        String lower = rel.toLowerCase(Locale.ROOT);
        if (lower.startsWith("faq/") && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new ParseFailedException("cannot read FAQ file: " + e.getMessage());
            }
            List<Passage> passages = FaqReader.read(text, source, hash);
            Lang lang = passages.isEmpty() ? Lang.EN : passages.get(0).lang();
            return new ReadDocument(rel, source, hash, size, "FAQ " + file.getFileName(), lang, passages);
        }
        ParsedContent parsed = parsers.parse(file);
        boolean markdown = lower.endsWith(".md")
                || lower.endsWith(".markdown")
                || parsed.contentType().contains("markdown");
        FrontMatter fm = markdown
                ? FrontMatter.parse(parsed.text())
                : new FrontMatter(null, null, null, null, null, null, false, true, parsed.text());
        String body = fm.body();
        String title = firstNonBlank(fm.title(), parsed.title(), firstHeading(body, markdown), baseName(rel));
        Lang lang = fm.lang() != null ? fm.lang() : Lang.detect(sample(body), Lang.EN);
        List<Chunker.Chunk> chunks = Chunker.chunk(body, title, markdown);
        List<Passage> passages = new ArrayList<>();
        int n = 0;
        for (Chunker.Chunk c : chunks) {
            String text = markdown ? Markdown.inline(c.text()) : c.text();
            if (text.isBlank()) {
                continue;
            }
            passages.add(new Passage(
                    source + "#" + n++,
                    source,
                    title,
                    c.section(),
                    text,
                    text,
                    lang,
                    fm.department(),
                    fm.effective(),
                    fm.superseded(),
                    fm.verified(),
                    hash,
                    Passage.Kind.DOCUMENT));
        }
        if (passages.isEmpty()) {
            throw new ParseFailedException("no text found (" + parsed.contentType() + ")");
        }
        return new ReadDocument(rel, source, hash, size, title, lang, passages);
    }

    private static String sample(String body) {
        return body.length() > 5000 ? body.substring(0, 5000) : body;
    }

    private static String firstHeading(String body, boolean markdown) {
        for (Chunker.Chunk c : Chunker.chunk(body.length() > 20000 ? body.substring(0, 20000) : body, null, markdown)) {
            if (!c.section().isBlank()) {
                String s = c.section();
                int gt = s.indexOf(" > ");
                return gt < 0 ? s : s.substring(0, gt);
            }
        }
        return null;
    }

    private static String baseName(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.startsWith("p. ")) {
                return Markdown.inline(v.strip());
            }
        }
        return "";
    }
}
