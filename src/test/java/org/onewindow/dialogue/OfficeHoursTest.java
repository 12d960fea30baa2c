package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.process.WorkingDayCalendar;

final class OfficeHoursTest {

    private static final WorkingDayCalendar CALENDAR = load();
    private final OfficeHours hours = OfficeHours.of(CALENDAR, "09:00-12:00,13:30-17:30; tax=08:00-18:00");

    @Test
    void isOpen_lunchBreakOnAWorkday_isClosedForTheGeneralHoursButOpenForADepartmentWithItsOwn() {
        Instant lunch = Instant.parse("2026-12-01T04:30:00Z"); // Tuesday 12:30 in Shanghai

        assertThat(hours.isOpen(lunch)).isFalse();
        assertThat(hours.of("tax").isOpen(lunch)).isTrue();
        assertThat(hours.of("market-regulation").isOpen(lunch)).isFalse();
    }

    @Test
    void nextOpening_duringTheNationalDayHoliday_isTheFirstWorkingDayAfter() {
        Instant holiday = Instant.parse("2026-10-03T02:00:00Z"); // Saturday in the 2026 National Day break

        assertThat(hours.nextOpening(holiday).toLocalDate().toString()).isEqualTo("2026-10-08");
    }

    @Test
    void nextOpening_onTheAdjustedSaturdayWorkday_isThatMorning() {
        Instant early = Instant.parse("2026-10-09T23:00:00Z"); // Saturday 10 Oct 07:00, an adjusted workday

        assertThat(hours.nextOpening(early).toString()).startsWith("2026-10-10T09:00");
    }

    private static WorkingDayCalendar load() {
        try {
            return WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
