package org.onewindow.knowledge.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into plain text that keeps the structure the chunker needs: headings
 * become lines {@code \u0001H<level> text}, PDF pages lines {@code \u0001P<n>}, blocks are separated
 * by blank lines. Stops with {@link LimitReached} after {@code maxChars} characters.
 */
final class StructuredTextHandler extends DefaultHandler {

    static final char MARK = '\u0001';

    /** Thrown when the character limit is reached; the text so far is kept. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("write limit reached");
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder heading = new StringBuilder();
    private final int maxChars;
    private int headingLevel;
    private int page;
    private int skipDepth;
    private boolean truncated;

    StructuredTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    String text() {
        return out.toString();
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if (skipDepth > 0 || "script".equals(name) || "style".equals(name) || "head".equals(name)) {
            skipDepth++;
            return;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            headingLevel = name.charAt(1) - '0';
            heading.setLength(0);
            return;
        }
        if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
            page++;
            append("\n\n" + MARK + "P" + page + "\n\n");
            return;
        }
        if (isBlock(name)) {
            append("\n\n");
        } else if ("br".equals(name) || "tr".equals(name)) {
            append("\n");
        } else if ("td".equals(name) || "th".equals(name)) {
            append(" ");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (headingLevel > 0 && name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) - '0' == headingLevel) {
            String h = heading.toString().replaceAll("\\s+", " ").trim();
            int level = headingLevel;
            headingLevel = 0;
            if (!h.isEmpty()) {
                append("\n\n" + MARK + "H" + level + " " + h + "\n\n");
            }
            return;
        }
        if (isBlock(name)) {
            append("\n\n");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        if (headingLevel > 0) {
            heading.append(ch, start, length);
            return;
        }
        append(new String(ch, start, length).replace(MARK, ' '));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void append(String s) throws SAXException {
        if (out.length() + s.length() > maxChars) {
            out.append(s, 0, Math.max(0, maxChars - out.length()));
            truncated = true;
            throw new LimitReached();
        }
        out.append(s);
    }

    private static boolean isBlock(String name) {
        switch (name) {
            case "p":
            case "div":
            case "li":
            case "ul":
            case "ol":
            case "table":
            case "blockquote":
            case "pre":
            case "section":
            case "article":
            case "dd":
            case "dt":
                return true;
            default:
                return false;
        }
    }
}
