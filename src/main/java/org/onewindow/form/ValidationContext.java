package org.onewindow.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What validators may know about the world: the clock (dates are read in Asia/Shanghai) and
 * which days are working days (for {@code workingDay} date rules).
 */
public record ValidationContext(Clock clock, ZoneId zone, Predicate<LocalDate> workingDay) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public ValidationContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingDay, "workingDay");
    }

    /** A context in Asia/Shanghai where Monday to Friday are the working days. */
    public static ValidationContext of(Clock clock) {
        return new ValidationContext(clock, SHANGHAI, d -> d.getDayOfWeek().getValue() <= 5);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
