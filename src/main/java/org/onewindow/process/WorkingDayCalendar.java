package org.onewindow.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.onewindow.form.LocalizedText;

/**
 * The official working-day calendar of mainland China (Asia/Shanghai): weekends and public
 * holidays are days off, adjusted working days (调休, weekend days declared working days) count.
 * One file per year, {@code <year>.yaml}. A question about a year without a file throws
 * {@link CalendarGapException} rather than guessing. Immutable.
 */
public final class WorkingDayCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, YearInfo> years;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkdays;

    /**
     * What a year's file says: about itself, and its named holidays and adjusted working days in date
     * order (for people reading the calendar; {@link #isWorkingDay} uses the sets).
     */
    public record YearInfo(
            int year,
            boolean official,
            String source,
            String note,
            List<Holiday> holidays,
            List<LocalDate> adjustedWorkdays) {
        public YearInfo {
            holidays = List.copyOf(holidays);
            adjustedWorkdays = List.copyOf(adjustedWorkdays);
        }
    }

    /** A public holiday: its days off, {@code from} to {@code to} inclusive, and its name. */
    public record Holiday(LocalDate from, LocalDate to, LocalizedText name) {}

    private WorkingDayCalendar(Map<Integer, YearInfo> years, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {
        this.years = Map.copyOf(years);
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
    }

    /** A calendar from explicit sets (tests, or calendars built in code). */
    public static WorkingDayCalendar of(Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {
        Map<Integer, YearInfo> info = new HashMap<>();
        years.forEach(y -> info.put(y, new YearInfo(y, true, "code", "", List.of(), List.of())));
        return new WorkingDayCalendar(info, holidays, adjustedWorkdays);
    }

    /** Loads every {@code <year>.yaml} in {@code dir}. */
    public static WorkingDayCalendar load(Path dir) throws ProcessDefinitionException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ProcessDefinitionException(
                    dir.toString(), 0, "cannot list the calendar directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ProcessDefinitionException(dir.toString(), 0, "no calendar files (<year>.yaml) found");
        }
        Map<Integer, YearInfo> years = new HashMap<>();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> adjusted = new HashSet<>();
        for (Path file : files) {
            YamlNode root = YamlNode.read(file);
            root.onlyKeys("a calendar", Set.of("year", "official", "source", "note", "holidays", "adjustedWorkdays"));
            int year = Integer.parseInt(file.getFileName().toString().substring(0, 4));
            Integer declared = root.optInt("year");
            if (declared == null || declared != year) {
                throw root.error("'year' must be " + year + " to match the file name");
            }
            boolean official = root.bool("official", true);
            String source = root.optString("source");
            if (official && (source == null || source.isBlank())) {
                throw root.error("an official calendar needs a 'source' (the notice it comes from)");
            }
            List<Holiday> named = new ArrayList<>();
            List<LocalDate> adjustedThisYear = new ArrayList<>();
            for (YamlNode h : root.items("holidays")) {
                h.onlyKeys("a holiday", Set.of("from", "to", "name"));
                LocalizedText name = h.localized("name");
                LocalDate from = date(h.get("from"), year);
                LocalDate to = h.has("to") ? date(h.get("to"), year) : from;
                if (to.isBefore(from)) {
                    throw h.error("holiday ends (" + to + ") before it starts (" + from + ")");
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    holidays.add(d);
                }
                named.add(new Holiday(from, to, name));
            }
            for (YamlNode n : root.items("adjustedWorkdays")) {
                LocalDate d = date(n, year);
                if (!isWeekend(d)) {
                    throw n.error(d + " is a " + d.getDayOfWeek() + "; an adjusted working day must fall on a weekend");
                }
                if (holidays.contains(d)) {
                    throw n.error(d + " is listed both as a holiday and as an adjusted working day");
                }
                adjusted.add(d);
                adjustedThisYear.add(d);
            }
            String note = root.optString("note");
            named.sort(java.util.Comparator.comparing(Holiday::from));
            adjustedThisYear.sort(null);
            years.put(
                    year,
                    new YearInfo(
                            year,
                            official,
                            source == null ? "" : source,
                            note == null ? "" : note,
                            named,
                            adjustedThisYear));
        }
        return new WorkingDayCalendar(years, holidays, adjusted);
    }

    private static LocalDate date(YamlNode n, int year) throws ProcessDefinitionException {
        LocalDate d;
        try {
            d = LocalDate.parse(n.text().trim());
        } catch (DateTimeException e) {
            throw n.error("'" + n.text() + "' is not a date (YYYY-MM-DD)");
        }
        if (d.getYear() != year) {
            throw n.error(d + " is not in " + year);
        }
        return d;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether {@code date} is a working day; throws {@link CalendarGapException} for a year without a file. */
    public boolean isWorkingDay(LocalDate date) {
        if (!years.containsKey(date.getYear())) {
            throw new CalendarGapException(date.getYear());
        }
        if (adjustedWorkdays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !holidays.contains(date);
    }

    /** Whether the calendar has a file for the year of {@code date}. */
    public boolean covers(LocalDate date) {
        return years.containsKey(date.getYear());
    }

    /** The years with a file, and what each file says about itself (official or weekends only). */
    public List<YearInfo> years() {
        List<YearInfo> list = new ArrayList<>(years.values());
        list.sort((a, b) -> Integer.compare(a.year(), b.year()));
        return List.copyOf(list);
    }

    /**
     * The last day of a committed time limit: day 1 is the first working day after the date (in
     * Asia/Shanghai) of {@code submittedAt}; with 0 working days, the submission date itself.
     */
    public LocalDate expectedBy(Instant submittedAt, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = LocalDate.ofInstant(submittedAt, ZONE);
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
