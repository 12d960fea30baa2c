package org.onewindow.channel.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.QuickReply;

/**
 * Messages as the short plain text of a messaging app: formatting stripped, citations as one
 * "Source: title" line, quick replies as numbered options, the length capped per platform.
 */
public final class PlainText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]{1,200}>");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^\\s{0,3}>\\s?");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|~~|`{1,3})");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final String ELLIPSIS = "…";

    private PlainText() {}

    /** {@code text} without Markdown or HTML formatting. */
    public static String strip(String text) {
        String s = text.replace("\r\n", "\n");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1 ($2)");
        s = TAG.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceAll("");
        s = QUOTE.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /**
     * One message as plain text: its text, its sources, and — when {@code numbered} — its quick
     * replies as "1. label" lines.
     */
    public static String render(Message message, Lang lang, boolean numbered) {
        StringBuilder out = new StringBuilder(strip(message.text()));
        Set<String> titles = new LinkedHashSet<>();
        for (Citation citation : message.citations()) {
            titles.add(strip(citation.title()));
        }
        if (!titles.isEmpty()) {
            out.append("\n").append(ChannelTexts.source(lang)).append(String.join("; ", titles));
        }
        if (numbered && !message.quickReplies().isEmpty()) {
            out.append("\n");
            int n = 1;
            for (QuickReply option : message.quickReplies()) {
                out.append("\n").append(n++).append(". ").append(strip(option.label()));
            }
        }
        return out.toString().strip();
    }

    /** The messages of a turn or push as one text; only the options of the last message offering any are numbered. */
    public static String renderAll(List<Message> messages, Lang lang, boolean numbered) {
        int withOptions = lastWithOptions(messages);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String part = render(messages.get(i), lang, numbered && i == withOptions);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("\n\n", parts);
    }

    /** The quick replies of the last message offering any: what a number answers. */
    public static List<QuickReply> offeredOptions(List<Message> messages) {
        int i = lastWithOptions(messages);
        return i < 0 ? List.of() : messages.get(i).quickReplies();
    }

    private static int lastWithOptions(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (!messages.get(i).quickReplies().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} cut to at most {@code maxBytes} of UTF-8, at a character boundary, marked with "…". */
    public static String capBytes(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** {@code text} cut to at most {@code maxChars} UTF-16 units, never inside a surrogate pair, marked with "…". */
    public static String capChars(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * The option a reply like "2" or "２" picks from {@code options} (1-based), or null when the
     * text is not such a number.
     */
    public static QuickReply chosen(String text, List<QuickReply> options) {
        if (text == null || options.isEmpty()) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith(".") || t.endsWith("。") || t.endsWith("．")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.length() > 3) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < t.length(); i++) {
            int digit = Character.digit(t.charAt(i), 10);
            if (digit < 0) {
                return null;
            }
            value = value * 10 + digit;
        }
        return value >= 1 && value <= options.size() ? options.get(value - 1) : null;
    }
}
