package org.onewindow.knowledge.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.onewindow.shared.Lang;

/**
 * The YAML header of a Markdown document ({@code ---} … {@code ---}) and the body after it.
 *
 * @param superseded the superseded or repealed date, whichever comes first
 */
public record FrontMatter(
        String title,
        Lang lang,
        String department,
        String origin,
        LocalDate effective,
        LocalDate superseded,
        boolean repealed,
        boolean verified,
        String body) {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final int MAX_HEADER_CHARS = 64 * 1024;

    /** Splits {@code text}; a text without front matter gives empty fields and the whole text as body. */
    public static FrontMatter parse(String text) throws ParseFailedException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = t.stripLeading();
        if (!trimmed.startsWith("---")) {
            return new FrontMatter(null, null, null, null, null, null, false, true, text);
        }
        int start = trimmed.indexOf('\n');
        int end = start < 0 ? -1 : trimmed.indexOf("\n---", start);
        if (start < 0 || end < 0 || end > MAX_HEADER_CHARS) {
            return new FrontMatter(null, null, null, null, null, null, false, true, text);
        }
        String header = trimmed.substring(start + 1, end);
        int bodyStart = trimmed.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : trimmed.substring(bodyStart + 1);
        Map<?, ?> map;
        try {
            Object parsed = YAML.readValue(header, Object.class);
            map = parsed instanceof Map<?, ?> m ? m : Map.of();
        } catch (Exception e) {
            throw new ParseFailedException("invalid front matter: " + firstLine(e.getMessage()));
        }
        LocalDate superseded = date(map.get("superseded"));
        LocalDate repealed = date(map.get("repealed"));
        LocalDate ended = superseded == null
                ? repealed
                : repealed == null ? superseded : (superseded.isBefore(repealed) ? superseded : repealed);
        Object verified = map.get("verified");
        return new FrontMatter(
                str(map.get("title")),
                Lang.parseOrNull(str(map.get("lang"))),
                str(map.get("department")),
                str(map.get("source")),
                date(map.get("effective")),
                ended,
                repealed != null,
                !"false".equalsIgnoreCase(String.valueOf(verified)),
                body);
    }

    static String str(Object o) {
        return o == null ? null : o.toString().trim();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString().trim();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
