package org.onewindow.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into sections at headings, keeping the heading path, and long sections
 * into passages of at most {@link #MAX_CHARS} characters at paragraph (then sentence) boundaries.
 * Understands Markdown headings ({@code ## Fees}) and the heading/page marks of
 * {@link StructuredTextHandler}. Pure.
 */
public final class Chunker {

    /** A piece of a document: its heading path ("Fees > Exemptions", empty at the top) and text. */
    public record Chunk(String section, String text) {}

    static final int MAX_CHARS = 1000;
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；.!?;])\\s*");

    private Chunker() {}

    /**
     * @param title the document title; a top heading equal to it is left out of section paths
     * @param markdown whether {@code #} lines are headings
     */
    public static List<Chunk> chunk(String text, String title, boolean markdown) {
        List<Chunk> out = new ArrayList<>();
        String[] path = new String[7];
        StringBuilder current = new StringBuilder();
        boolean sawHeading = false;
        boolean inFence = false;
        String pageSection = null;
        for (String raw : text.split("\r?\n", -1)) {
            String line = raw;
            int level = 0;
            String heading = null;
            if (markdown && line.stripLeading().startsWith("```")) {
                inFence = !inFence;
            }
            if (!line.isEmpty() && line.charAt(0) == StructuredTextHandler.MARK && line.length() > 2) {
                char kind = line.charAt(1);
                if (kind == 'H') {
                    level = line.charAt(2) - '0';
                    heading = line.substring(3).trim();
                } else if (kind == 'P') {
                    if (!sawHeading) {
                        flush(out, sectionOf(path, pageSection), current);
                        pageSection = "p. " + line.substring(2).trim();
                    }
                    continue;
                }
            } else if (markdown && !inFence) {
                Matcher m = MD_HEADING.matcher(line);
                if (m.matches()) {
                    level = m.group(1).length();
                    heading = Markdown.inline(m.group(2));
                }
            }
            if (heading != null && level >= 1 && level <= 6) {
                flush(out, sectionOf(path, pageSection), current);
                sawHeading = true;
                pageSection = null;
                boolean isTitle = level == 1 && title != null && heading.equalsIgnoreCase(title.trim());
                path[level] = isTitle ? null : heading;
                for (int i = level + 1; i < path.length; i++) {
                    path[i] = null;
                }
                continue;
            }
            current.append(line).append('\n');
        }
        flush(out, sectionOf(path, pageSection), current);
        return out;
    }

    private static String sectionOf(String[] path, String pageSection) {
        StringBuilder sb = new StringBuilder();
        for (String p : path) {
            if (p != null) {
                if (sb.length() > 0) {
                    sb.append(" > ");
                }
                sb.append(p);
            }
        }
        if (sb.length() == 0 && pageSection != null) {
            return pageSection;
        }
        return sb.toString();
    }

    private static void flush(List<Chunk> out, String section, StringBuilder current) {
        String text = normalize(current.toString());
        current.setLength(0);
        if (text.isBlank()) {
            return;
        }
        for (String piece : split(text)) {
            out.add(new Chunk(section, piece));
        }
    }

    /** Collapses runs of blank lines and trailing spaces. */
    static String normalize(String text) {
        return text.replaceAll("[ \\t\\u00A0\\u3000]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        if (text.length() <= MAX_CHARS) {
            pieces.add(text);
            return pieces;
        }
        StringBuilder piece = new StringBuilder();
        for (String para : text.split("\\n\\s*\\n")) {
            List<String> units = para.length() <= MAX_CHARS ? List.of(para) : sentences(para);
            for (String unit : units) {
                if (piece.length() > 0 && piece.length() + unit.length() + 2 > MAX_CHARS) {
                    pieces.add(piece.toString().strip());
                    piece.setLength(0);
                }
                if (unit.length() > MAX_CHARS) {
                    for (int i = 0; i < unit.length(); i += MAX_CHARS) {
                        pieces.add(unit.substring(i, Math.min(unit.length(), i + MAX_CHARS))
                                .strip());
                    }
                    continue;
                }
                if (piece.length() > 0) {
                    piece.append(units.size() > 1 ? " " : "\n\n");
                }
                piece.append(unit);
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString().strip());
        }
        pieces.removeIf(String::isBlank);
        return pieces;
    }

    private static List<String> sentences(String para) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(para)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
