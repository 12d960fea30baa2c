package org.onewindow.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.onewindow.process.WorkingDayCalendar;

/**
 * When staff answer: opening periods on the working days of the official calendar, in
 * Asia/Shanghai. The same hours for every department unless a department has its own
 * ({@code "09:00-12:00,13:30-17:30; tax=09:00-17:00"}).
 */
public final class OfficeHours {

    /** One opening period of a working day. */
    public record Period(LocalTime from, LocalTime to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("an opening period must end after it starts: " + from + "-" + to);
            }
        }
    }

    private final WorkingDayCalendar calendar;
    private final List<Period> periods;
    private final java.util.Map<String, OfficeHours> departments;

    public OfficeHours(WorkingDayCalendar calendar, List<Period> periods) {
        this(calendar, periods, java.util.Map.of());
    }

    private OfficeHours(
            WorkingDayCalendar calendar, List<Period> periods, java.util.Map<String, OfficeHours> departments) {
        this.calendar = calendar;
        this.periods = List.copyOf(periods);
        this.departments = java.util.Map.copyOf(departments);
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one period");
        }
    }

    /** Parses "09:00-12:00,13:30-17:30; tax=09:00-17:00; market-regulation=08:30-12:00,14:00-17:00". */
    public static OfficeHours of(WorkingDayCalendar calendar, String spec) {
        String[] parts = spec.split(";");
        java.util.Map<String, OfficeHours> departments = new java.util.LinkedHashMap<>();
        List<Period> general = null;
        for (String part : parts) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                general = parse(p);
            } else {
                departments.put(p.substring(0, eq).trim(), new OfficeHours(calendar, parse(p.substring(eq + 1))));
            }
        }
        if (general == null) {
            throw new IllegalArgumentException("office hours need the general periods, e.g. 09:00-12:00,13:30-17:30");
        }
        return new OfficeHours(calendar, general, departments);
    }

    /** The hours of one department: its own when configured, else the general ones. */
    public OfficeHours of(String department) {
        return departments.getOrDefault(department, this);
    }

    /** Parses "09:00-12:00,13:30-17:30". */
    public static List<Period> parse(String spec) {
        return java.util.Arrays.stream(spec.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(p -> {
                    String[] parts = p.split("-");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("expected HH:MM-HH:MM, got '" + p + "'");
                    }
                    return new Period(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
                })
                .toList();
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(WorkingDayCalendar.ZONE);
        if (!workingDay(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return periods.stream().anyMatch(p -> !time.isBefore(p.from()) && time.isBefore(p.to()));
    }

    /** The next moment staff are in, {@code at} itself when open now. */
    public ZonedDateTime nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(WorkingDayCalendar.ZONE);
        for (int day = 0; day < 60; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            if (!workingDay(date)) {
                continue;
            }
            for (Period p : periods) {
                ZonedDateTime start = date.atTime(p.from()).atZone(WorkingDayCalendar.ZONE);
                ZonedDateTime end = date.atTime(p.to()).atZone(WorkingDayCalendar.ZONE);
                if (!local.isBefore(start)) {
                    if (local.isBefore(end)) {
                        return local;
                    }
                    continue;
                }
                return start;
            }
        }
        return local;
    }

    /** The hours as people read them, e.g. "09:00–12:00, 13:30–17:30". */
    public String describe() {
        return String.join(
                ", ", periods.stream().map(p -> p.from() + "–" + p.to()).toList());
    }

    private boolean workingDay(LocalDate date) {
        if (calendar.covers(date)) {
            return calendar.isWorkingDay(date);
        }
        return date.getDayOfWeek().getValue() <= 5;
    }
}
