package org.onewindow.form;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date: ISO ("2026-12-01", "2026/12/1", "2026.12.01"), Chinese ("2026年12月1日",
 * "12月1日"), English ("1 December 2026", "Dec 1, 2026"), and relative words read in Asia/Shanghai
 * from the injected clock: today/今天, tomorrow/明天, the day after tomorrow/后天, "in 3 days"/"3天后",
 * a weekday ("Friday", "周五": the next one after today), "next Monday"/"下周一" (the Monday of next
 * week), "this Friday"/"本周五". Rules: notInPast, notInFuture, maxDaysAhead, workingDay.
 */
final class DateValidator implements FieldValidator {
    private static final Pattern EN_WEEKDAY = Pattern.compile(
            "(next\\s+next|next|this\\s+coming|this|coming|the coming|last)?\\s*([a-z]+)");

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern MD_ZH = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern D_MONTH_Y = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]+)\\.?,?(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_D_Y = Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?");
    private static final Pattern IN_DAYS = Pattern.compile("(?:in\\s+)?(\\d{1,3})\\s*(?:days?\\s*(?:later|from now)?|天后|天以后|日后)");
    private static final Map<String, DayOfWeek> ZH_WEEKDAYS = Map.of("一", DayOfWeek.MONDAY, "二", DayOfWeek.TUESDAY,
            "三", DayOfWeek.WEDNESDAY, "四", DayOfWeek.THURSDAY, "五", DayOfWeek.FRIDAY, "六", DayOfWeek.SATURDAY,
            "日", DayOfWeek.SUNDAY, "天", DayOfWeek.SUNDAY, "末", DayOfWeek.SATURDAY);
    private static final Pattern ZH_WEEKDAY = Pattern.compile("(上上|上个?|下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(上个?月|下个?月|本月|这个?月)?\\s*(\\d{1,2})\\s*[日号]");
    /** "the 18th", "on the 2nd", "the 5th of next month": a day of this, the next or the last month. */
    private static final Pattern EN_DAY_OF_MONTH = Pattern.compile(
            "(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(this|next|last)\\s+month)?");
    private static final Pattern DAYS_AGO = Pattern.compile("(\\d{1,3})\\s*(?:days?\\s*ago|天前|天以前|日前)");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String s = Inputs.withoutTrailingStops(Inputs.foldWidth(text).toLowerCase(Locale.ROOT).trim());
        LocalDate today = context.today();
        LocalDate date;
        try {
            date = parse(s, today, field.rules());
        } catch (InvalidDate e) {
            return ValidationResult.error(e.en, e.zh);
        }
        if (date == null) {
            return ValidationResult.error(
                    "I couldn't read \"" + text.trim() + "\" as a date. Try 2026-12-01, 2026年12月1日 or \"next Monday\".",
                    "无法识别日期“" + text.trim() + "”。请按如下方式填写：2026-12-01、2026年12月1日 或“下周一”。");
        }
        FieldRules rules = field.rules();
        if (rules.notInPast() && date.isBefore(today)) {
            return ValidationResult.error(date + " is in the past; please give today or a later date.",
                    date + "已经过去，请填写今天或以后的日期。");
        }
        if (rules.notInFuture() && date.isAfter(today)) {
            return ValidationResult.error(date + " is in the future; please give today or an earlier date.",
                    date + "还没到，请填写今天或以前的日期。");
        }
        if (rules.maxDaysAhead() != null && ChronoUnit.DAYS.between(today, date) > rules.maxDaysAhead()) {
            return ValidationResult.error(
                    date + " is too far ahead; please choose a date within " + rules.maxDaysAhead() + " days.",
                    date + "太远了，请选择" + rules.maxDaysAhead() + "天以内的日期。");
        }
        if (rules.workingDay() && !context.workingDay().test(date)) {
            return ValidationResult.error(
                    date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + ") is not a working day; please choose a working day.",
                    date + "（" + zhWeekday(date.getDayOfWeek()) + "）不是工作日，请选择工作日。");
        }
        return ValidationResult.ok(date, new LocalizedText(
                date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")",
                date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                        + zhWeekday(date.getDayOfWeek()) + "）"));
    }

    /** A date without a year is the one the field's rules allow: the coming one, the past one, or this year's. */
    private static LocalDate nearest(int month, int day, LocalDate today, FieldRules rules) {
        LocalDate date = of(today.getYear(), month, day);
        if (rules.notInPast() && date.isBefore(today)) {
            return of(today.getYear() + 1, month, day);
        }
        if (rules.notInFuture() && date.isAfter(today)) {
            return of(today.getYear() - 1, month, day);
        }
        return date;
    }

    private static LocalDate parse(String s, LocalDate today, FieldRules rules) {
        switch (s) {
            case "today", "今天", "今日", "当天" -> {
                return today;
            }
            case "tomorrow", "明天", "明日" -> {
                return today.plusDays(1);
            }
            case "the day after tomorrow", "day after tomorrow", "后天" -> {
                return today.plusDays(2);
            }
            case "yesterday", "昨天", "昨日" -> {
                return today.minusDays(1);
            }
            case "the day before yesterday", "day before yesterday", "前天" -> {
                return today.minusDays(2);
            }
            case "大前天" -> {
                return today.minusDays(3);
            }
            default -> {
            }
        }
        Matcher m = YMD.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MD_ZH.matcher(s);
        if (m.matches()) {
            return nearest(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), today, rules);
        }
        m = DAY_OF_MONTH.matcher(s);
        Matcher english = EN_DAY_OF_MONTH.matcher(s);
        if (english.matches()) {
            String which = english.group(2) == null ? "" : switch (english.group(2)) {
                case "next" -> "下月";
                case "last" -> "上月";
                default -> "本月";
            };
            m = DAY_OF_MONTH.matcher(which + english.group(1) + "号");
        }
        if (m.matches()) {
            int day = Integer.parseInt(m.group(2));
            String which = m.group(1) == null ? "" : m.group(1);
            LocalDate month = which.startsWith("上") ? today.minusMonths(1) : which.startsWith("下") ? today.plusMonths(1) : today;
            LocalDate date = of(month.getYear(), month.getMonthValue(), day);
            if (which.isEmpty() && rules.notInPast() && date.isBefore(today)) {
                LocalDate next = today.plusMonths(1);
                date = of(next.getYear(), next.getMonthValue(), day);
            } else if (which.isEmpty() && rules.notInFuture() && date.isAfter(today)) {
                LocalDate previous = today.minusMonths(1);
                date = of(previous.getYear(), previous.getMonthValue(), day);
            }
            return date;
        }
        m = DAYS_AGO.matcher(s);
        if (m.matches()) {
            return today.minusDays(Integer.parseInt(m.group(1)));
        }
        m = IN_DAYS.matcher(s);
        if (m.matches()) {
            return today.plusDays(Integer.parseInt(m.group(1)));
        }
        m = ZH_WEEKDAY.matcher(s);
        if (m.matches()) {
            return weekday(today, ZH_WEEKDAYS.get(m.group(2)), m.group(1) == null ? "" : m.group(1));
        }
        Matcher en = EN_WEEKDAY.matcher(s);
        if (en.matches()) {
            DayOfWeek day = englishWeekday(en.group(2));
            if (day != null) {
                String q = en.group(1) == null ? "" : Inputs.collapseSpaces(en.group(1));
                return weekday(today, day, q.equals("next") ? "下" : q.equals("next next") ? "下下" : q.equals("last") ? "上"
                        : q.isEmpty() || q.equals("this coming") ? "" : "本");
            }
        }
        m = D_MONTH_Y.matcher(s);
        if (m.matches() && month(m.group(2)) != null) {
            return m.group(3) == null ? nearest(month(m.group(2)).getValue(), Integer.parseInt(m.group(1)), today, rules)
                    : of(Integer.parseInt(m.group(3)), month(m.group(2)).getValue(), Integer.parseInt(m.group(1)));
        }
        m = MONTH_D_Y.matcher(s);
        if (m.matches() && month(m.group(1)) != null) {
            return m.group(3) == null ? nearest(month(m.group(1)).getValue(), Integer.parseInt(m.group(2)), today, rules)
                    : of(Integer.parseInt(m.group(3)), month(m.group(1)).getValue(), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** "" = the next such day after today; 本/这 = in this week; 下 = in next week; 下下 = the week after. */
    private static LocalDate weekday(LocalDate today, DayOfWeek day, String which) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (which) {
            case "本", "这", "这个" -> monday.with(TemporalAdjusters.nextOrSame(day));
            case "下", "下个" -> monday.plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
            case "下下" -> monday.plusWeeks(2).with(TemporalAdjusters.nextOrSame(day));
            case "上", "上个" -> monday.minusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
            case "上上" -> monday.minusWeeks(2).with(TemporalAdjusters.nextOrSame(day));
            default -> today.with(TemporalAdjusters.next(day));
        };
    }

    private static LocalDate of(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new InvalidDate("There is no month " + month + ".", "没有" + month + "月。");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            if (month == 2 && day == 29) {
                throw new InvalidDate(year + " is not a leap year, so February has 28 days.",
                        year + "年不是闰年，二月只有28天。");
            }
            int length = Month.of(month).length(Year.isLeap(year));
            throw new InvalidDate(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                    + " has " + length + " days; there is no day " + day + ".",
                    year + "年" + month + "月只有" + length + "天，没有" + day + "日。");
        }
    }

    private static DayOfWeek englishWeekday(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equals(full) || (word.length() >= 3 && full.startsWith(word))) {
                return d;
            }
        }
        return null;
    }

    private static Month month(String word) {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equals(full) || (word.length() >= 3 && full.startsWith(word))) {
                return m;
            }
        }
        return null;
    }

    static String zhWeekday(DayOfWeek d) {
        return "星期" + "一二三四五六日".charAt(d.getValue() - 1);
    }

    /** A date that names a day that does not exist (Feb 29 in a common year, April 31). */
    private static final class InvalidDate extends RuntimeException {
        private final String en;
        private final String zh;

        InvalidDate(String en, String zh) {
            super(en, null, false, false);
            this.en = en;
            this.zh = zh;
        }
    }
}
