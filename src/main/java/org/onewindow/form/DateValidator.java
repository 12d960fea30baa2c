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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;

/**
 * A calendar date: ISO ("2026-12-01", "2026/12/1", "2026.12.01"), Chinese ("2026年12月1日",
 * "12月1日"), English ("1 December 2026", "Dec 1, 2026"), and relative words read in Asia/Shanghai
 * from the injected clock: today/今天, tomorrow/明天, the day after tomorrow/后天, "in 3 days"/"3天后",
 * a weekday ("Friday", "周五": the next one after today), "next Monday"/"下周一" (the Monday of next
 * week), "this Friday"/"本周五". Rules: notInPast, notInFuture, maxDaysAhead, workingDay.
 */
final class DateValidator implements FieldValidator {
    /** Relative day words, date shapes, weekday names and the words that say which week or month, in both languages. */
    private static final WordLists WORDS = WordLists.load("understanding/dates.txt");

    private static final Pattern EN_WEEKDAY =
            Pattern.compile("(next\\s+next|next|this\\s+coming|this|coming|the coming|last)?\\s*([a-z]+)");

    /** Whole answers naming a day by its distance from today ("tomorrow", "后天"). */
    private static final Map<String, Integer> RELATIVE_DAYS =
            days(WORDS.map("relative-days.en"), WORDS.map("relative-days.zh"));

    private static final Pattern YMD = WORDS.pattern("year-month-day");
    private static final Pattern MD_ZH = WORDS.pattern("month-day.zh");
    private static final Map<String, Integer> YEARS_ZH = numbers(WORDS.map("years.zh"));
    /** The last day of this, the next or the last month: "这个月底", "end of next month". */
    private static final Pattern MONTH_END_ZH = WORDS.pattern("month-end.zh");

    private static final Pattern MONTH_END_EN = WORDS.pattern("month-end.en");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern D_MONTH_Y =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]+)\\.?,?(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_D_Y =
            Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?");
    private static final Pattern IN_DAYS = WORDS.pattern("in-days");
    private static final Map<String, DayOfWeek> ZH_WEEKDAYS = weekdays(WORDS.map("weekdays.zh"));
    private static final Pattern ZH_WEEKDAY = WORDS.pattern("weekday.zh");
    /** Which week a weekday falls in, from this one; a weekday without such a word is the next one after today. */
    private static final Map<String, Integer> WEEKS_EN = numbers(WORDS.map("weeks.en"));

    private static final Map<String, Integer> WEEKS_ZH = numbers(WORDS.map("weeks.zh"));
    private static final Pattern DAY_OF_MONTH = WORDS.pattern("day-of-month.zh");
    /** Which month a day of the month falls in, from this one. */
    private static final Map<String, Integer> MONTHS_EN = numbers(WORDS.map("months.en"));

    private static final Map<String, Integer> MONTHS_ZH = numbers(WORDS.map("months.zh"));
    /** "the 18th", "on the 2nd", "the 5th of next month": a day of this, the next or the last month. */
    private static final Pattern EN_DAY_OF_MONTH =
            Pattern.compile("(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(this|next|last)\\s+month)?");

    private static final Pattern DAYS_AGO = WORDS.pattern("days-ago");
    private static final Pattern WEEKDAY_BEFORE_DAY = Pattern.compile("([a-z]{3,9}),?\\s+(?=(?:on\\s+)?the\\s+\\d)");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String s = Inputs.withoutTrailingStops(
                Inputs.foldWidth(text).toLowerCase(Locale.ROOT).trim());
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
            return FieldTexts.error(
                    "process.field.date.tooFarAhead", "date", date, "maxDaysAhead", rules.maxDaysAhead());
        }
        if (rules.workingDay() && !context.workingDay().test(date)) {
            return FieldTexts.error(
                    "process.field.date.notWorkingDay",
                    "date",
                    date,
                    "weekday",
                    FieldTexts.localized(
                            "process.field.date.weekday." + date.getDayOfWeek().getValue()));
        }
        return ValidationResult.ok(
                date,
                FieldTexts.localized(
                        "process.field.date.display",
                        "date",
                        new LocalizedText(shown(date, Lang.EN), shown(date, Lang.ZH)),
                        "weekday",
                        FieldTexts.localized("process.field.date.weekdayShort."
                                + date.getDayOfWeek().getValue())));
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
        Integer days = RELATIVE_DAYS.get(s);
        if (days != null) {
            return today.plusDays(days);
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
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            return m.group(1) == null
                    ? nearest(month, day, today, rules)
                    : of(today.getYear() + YEARS_ZH.get(m.group(1)), month, day);
        }
        m = MONTH_END_ZH.matcher(s);
        Matcher monthEnd = MONTH_END_EN.matcher(s);
        if (m.matches() || monthEnd.matches()) {
            Integer months = m.matches()
                    ? (m.group(1) == null ? Integer.valueOf(0) : MONTHS_ZH.get(m.group(1)))
                    : (monthEnd.group(1) == null ? Integer.valueOf(0) : MONTHS_EN.get(monthEnd.group(1)));
            return today.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
        }
        Matcher named = WEEKDAY_BEFORE_DAY.matcher(s);
        if (named.lookingAt()
                && englishWeekday(named.group(1))
                        != null) { // "tuesday the 15th": the day of the month, if it is that weekday
            LocalDate date = parse(s.substring(named.end()), today, rules);
            return date != null && date.getDayOfWeek() == englishWeekday(named.group(1)) ? date : null;
        }
        m = DAY_OF_MONTH.matcher(s);
        Matcher english = EN_DAY_OF_MONTH.matcher(s);
        boolean dayOfMonth = english.matches() || m.matches();
        if (dayOfMonth) {
            int day = Integer.parseInt(english.matches() ? english.group(1) : m.group(2));
            // null: the sentence names no month
            Integer months = english.matches()
                    ? (english.group(2) == null ? null : MONTHS_EN.get(english.group(2)))
                    : m.group(1) == null ? null : MONTHS_ZH.get(m.group(1));
            LocalDate month = today.plusMonths(months == null ? 0 : months);
            LocalDate date = of(month.getYear(), month.getMonthValue(), day);
            if (months == null && rules.notInPast() && date.isBefore(today)) {
                LocalDate next = today.plusMonths(1);
                date = of(next.getYear(), next.getMonthValue(), day);
            } else if (months == null && rules.notInFuture() && date.isAfter(today)) {
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
            return weekday(today, ZH_WEEKDAYS.get(m.group(2)), m.group(1) == null ? null : WEEKS_ZH.get(m.group(1)));
        }
        Matcher en = EN_WEEKDAY.matcher(s);
        if (en.matches()) {
            DayOfWeek day = englishWeekday(en.group(2));
            if (day != null) {
                String q = en.group(1) == null ? "" : Inputs.collapseSpaces(en.group(1));
                return weekday(today, day, WEEKS_EN.get(q));
            }
        }
        m = D_MONTH_Y.matcher(s);
        if (m.matches() && month(m.group(2)) != null) {
            return m.group(3) == null
                    ? nearest(month(m.group(2)).getValue(), Integer.parseInt(m.group(1)), today, rules)
                    : of(Integer.parseInt(m.group(3)), month(m.group(2)).getValue(), Integer.parseInt(m.group(1)));
        }
        m = MONTH_D_Y.matcher(s);
        if (m.matches() && month(m.group(1)) != null) {
            return m.group(3) == null
                    ? nearest(month(m.group(1)).getValue(), Integer.parseInt(m.group(2)), today, rules)
                    : of(Integer.parseInt(m.group(3)), month(m.group(1)).getValue(), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** The weekday in the week {@code weeks} from this one; null: the next such day after today. */
    private static LocalDate weekday(LocalDate today, DayOfWeek day, Integer weeks) {
        if (weeks == null) {
            return today.with(TemporalAdjusters.next(day));
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(day));
    }

    private static Map<String, Integer> days(Map<String, String> en, Map<String, String> zh) {
        Map<String, Integer> days = new java.util.HashMap<>(numbers(en));
        days.putAll(numbers(zh));
        return Map.copyOf(days);
    }

    private static Map<String, Integer> numbers(Map<String, String> words) {
        Map<String, Integer> numbers = new java.util.HashMap<>();
        words.forEach((word, n) -> numbers.put(word, Integer.valueOf(n)));
        return Map.copyOf(numbers);
    }

    private static Map<String, DayOfWeek> weekdays(Map<String, String> words) {
        Map<String, DayOfWeek> days = new java.util.HashMap<>();
        words.forEach((word, day) -> days.put(word, DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))));
        return Map.copyOf(days);
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
            LocalizedText monthName = new LocalizedText(
                    Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH), String.valueOf(month));
            throw new InvalidDate(FieldTexts.localized(
                    "process.field.date.noSuchDay", "month", monthName, "year", year, "length", length, "day", day));
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
        return DateTimeFormatter.ofPattern(FieldTexts.text(lang, "process.field.date.pattern"), Locale.ROOT)
                .format(date);
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
