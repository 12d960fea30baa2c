package org.onewindow.form;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.onewindow.shared.Lang;
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
            return ValidationResult.error(e.reason.en(), e.reason.zh());
        }
        if (date == null) {
            return FieldTexts.error("process.field.date.unreadable", "input", text.trim());
        }
        FieldRules rules = field.rules();
        if (rules.notInPast() && date.isBefore(today)) {
            return FieldTexts.error("process.field.date.past", "date", date);
        }
        if (rules.notInFuture() && date.isAfter(today)) {
            return FieldTexts.error("process.field.date.future", "date", date);
        }
        if (rules.maxDaysAhead() != null && ChronoUnit.DAYS.between(today, date) > rules.maxDaysAhead()) {
            return FieldTexts.error("process.field.date.tooFarAhead", "date", date, "maxDaysAhead", rules.maxDaysAhead());
        }
        if (rules.workingDay() && !context.workingDay().test(date)) {
            return FieldTexts.error("process.field.date.notWorkingDay", "date", date,
                    "weekday", FieldTexts.localized("process.field.date.weekday." + date.getDayOfWeek().getValue()));
        }
        return ValidationResult.ok(date, FieldTexts.localized("process.field.date.display",
                "date", new LocalizedText(shown(date, Lang.EN), shown(date, Lang.ZH)),
                "weekday", FieldTexts.localized("process.field.date.weekdayShort." + date.getDayOfWeek().getValue())));
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
            throw new InvalidDate(FieldTexts.localized("process.field.date.noSuchMonth", "month", month));
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            if (month == 2 && day == 29) {
                throw new InvalidDate(FieldTexts.localized("process.field.date.notLeapYear", "year", year));
            }
            int length = Month.of(month).length(Year.isLeap(year));
            // English names the month, Chinese numbers it.
            LocalizedText monthName = new LocalizedText(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    String.valueOf(month));
            throw new InvalidDate(FieldTexts.localized("process.field.date.noSuchDay", "month", monthName, "year", year,
                    "length", length, "day", day));
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

    /** The date as {@code lang} writes it ({@code process.field.date.pattern}, a {@link DateTimeFormatter} pattern). */
    private static String shown(LocalDate date, Lang lang) {
        return DateTimeFormatter.ofPattern(FieldTexts.text(lang, "process.field.date.pattern"), Locale.ROOT).format(date);
    }

    /** A date that names a day that does not exist (Feb 29 in a common year, April 31). */
    private static final class InvalidDate extends RuntimeException {
        private final LocalizedText reason;

        InvalidDate(LocalizedText reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }
    }
}
