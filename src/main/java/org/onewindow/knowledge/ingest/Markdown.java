package org.onewindow.knowledge.ingest;

import java.util.regex.Pattern;

/** Removes Markdown inline markup so that passages read as plain text. Pure. */
final class Markdown {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private Markdown() {}

    static String inline(String s) {
        String t = HTML_COMMENT.matcher(s).replaceAll("");
        t = IMAGE.matcher(t).replaceAll("$1");
        t = LINK.matcher(t).replaceAll("$1");
        t = EMPHASIS.matcher(t).replaceAll("");
        return t;
    }
}
