package org.onewindow.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;

/**
 * Where in a sentence a value of a given type may stand: the spans worth handing to the type's
 * validator ("we'll subscribe RMB 12.5 million" → "RMB 12.5 million"; "座机0731-84421306" →
 * "0731-84421306"). The validator decides; these only find candidates, longest first at each place.
 */
final class ValueSpans {

    private static final String HAN_NUMBER = "[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点]";
    private static final Pattern MONEY = Pattern.compile(
            "(?:[¥￥]|rmb|cny|人民币)?\\s*(?:\\d[\\d,，_]*(?:\\.\\d+)?|" + HAN_NUMBER + "{2,})\\s*"
                    + "(?:个?(?:million|thousand|billion|mil|mn|bn|k|m|w|万|亿|千万|百万|千|百)(?![a-z])\\s*)*"
                    + "(?:\\d+\\s*)?(?:元整|元|块钱|块|圆|yuan|rmb|cny)?");
    private static final Pattern NUMBER = Pattern.compile(
            "\\d[\\d,，_]*(?:\\.\\d+)?\\s*(?:万|千|k|thousand)?|" + HAN_NUMBER + "{2,8}");
    private static final Pattern PHONE = Pattern.compile(
            "\\+?\\d[\\d \\-()（）.]{5,18}\\d(?:\\s*(?:ext\\.?|x|转|分机|#)\\s*\\d{1,6})?");
    /**
     * Eighteen-character identifiers, also as people copy them off a card in groups ("91430100 MA4L2G7K 6G",
     * "4301 0219 9207 0745 68"): single spaces or dashes between the characters. Tried at every word start, as a
     * group may begin with an ordinary word ("its 9143…") that the check character then rules out.
     */
    private static final Pattern USCC = Pattern.compile("[0-9a-z](?:[ \\-]?[0-9a-z]){17}(?![0-9a-z])");
    private static final Pattern ID_CARD = Pattern.compile("\\d(?:[ \\-]?\\d){16}[ \\-]?[\\dx](?![0-9a-z])");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}");
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*[日号]?"),
            Pattern.compile("(?<!\\d)\\d{8}(?!\\d)"),
            Pattern.compile("(?:(?:今|去|明|前)年|上个?月|下个?月|本月|这个月)?\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?"),
            Pattern.compile("(?:上个?月|下个?月|本月|这个月)\\s*\\d{1,2}\\s*[日号]"),
            Pattern.compile("(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[a-z]{3,9}\\.?,?(?:\\s+\\d{4})?"),
            Pattern.compile("[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+\\d{4})?"),
            Pattern.compile("(?:(?:last|next|this coming|this|coming|the coming|next next)\\s+)?(?:monday|tuesday|wednesday|thursday"
                    + "|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"),
            Pattern.compile("(?:上上|上个?|下下|下个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天末]"),
            Pattern.compile("(?:in\\s+)?\\d{1,3}\\s*(?:days?\\s*(?:later|from now|ago)|天后|天以后|日后|天前|天以前)"),
            Pattern.compile("the day before yesterday|the day after tomorrow|day after tomorrow|day before yesterday"
                    + "|yesterday|today|tomorrow|大前天|前天|昨天|今天|今日|明天|明日|后天|当天"),
            Pattern.compile("(?<!\\d)\\d{1,2}\\s*[日号](?!\\d)"),
            // "on the 2nd", "the 18th of next month" — not "the 5th floor"
            Pattern.compile("(?:on\\s+)?the\\s+\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+(?:this|next|last)\\s+month)?(?![a-z])"
                    + "(?!\\s*(?:floor|storey|story|level|building|block|unit|room|street|road|avenue|lane|district|ring))"));

    private ValueSpans() {
    }

    /** Candidate spans of {@code type} in {@code lower} (folded, lower case), in order of position. */
    static List<int[]> find(FieldType type, String lower) {
        List<int[]> spans = new ArrayList<>();
        switch (type) {
            case MONEY -> add(spans, MONEY, lower);
            case NUMBER -> add(spans, NUMBER, lower);
            case PHONE -> add(spans, PHONE, lower);
            case USCC -> addAtWordStarts(spans, USCC, lower);
            case ID_CARD -> addAtWordStarts(spans, ID_CARD, lower);
            case EMAIL -> add(spans, EMAIL, lower);
            case DATE -> DATES.forEach(p -> add(spans, p, lower));
            default -> {
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1] - b[0], a[1] - a[0]));
        return spans;
    }

    /** Whether values of the type can be found inside a sentence by their shape. */
    static boolean shaped(FieldType type) {
        return switch (type) {
            case MONEY, NUMBER, PHONE, USCC, ID_CARD, EMAIL, DATE -> true;
            default -> false;
        };
    }

    /** Matches of {@code p} beginning where a run of ASCII letters and digits begins, overlapping ones included. */
    private static void addAtWordStarts(List<int[]> spans, Pattern p, String lower) {
        Matcher m = p.matcher(lower);
        for (int i = 0; i < lower.length(); i++) {
            if (i > 0 && isAsciiAlphanumeric(lower.charAt(i - 1))) {
                continue;
            }
            m.region(i, lower.length());
            if (m.lookingAt()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
    }

    private static void add(List<int[]> spans, Pattern p, String lower) {
        Matcher m = p.matcher(lower);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (end > start && Character.isWhitespace(lower.charAt(end - 1))) {
                end--;
            }
            while (start < end && Character.isWhitespace(lower.charAt(start))) {
                start++;
            }
            if (end > start) {
                spans.add(new int[] {start, end});
            }
        }
    }
}
