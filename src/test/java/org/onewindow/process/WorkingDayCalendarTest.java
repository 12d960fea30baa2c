package org.onewindow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void load() throws Exception {
        calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-10-01,false",
        "2026-10-07,false",
        "2026-10-08,true",
        "2026-10-10,true",
        "2026-10-11,false",
        "2026-02-14,true",
        "2026-02-16,false",
        "2026-02-28,true",
        "2026-01-04,true",
        "2026-09-25,false",
        "2026-09-20,true",
        "2026-11-27,true",
        "2026-11-28,false",
        "2025-10-08,false",
        "2025-10-11,true",
        "2025-01-26,true",
        "2025-02-04,false",
        "2027-01-01,true",
        "2027-01-02,false"
    })
    void isWorkingDay_officialCalendar_holidaysAndAdjustedDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void expectedBy_spanOverNationalDay2026_skipsHolidayAndCountsOct10() {
        // Submitted Wed 2026-09-30 at 10:00 in Shanghai: Oct 1-7 off; Oct 8, 9, 10 (adjusted Saturday), 12, 13.
        Instant submitted = Instant.parse("2026-09-30T02:00:00Z");
        assertThat(calendar.expectedBy(submitted, 1)).isEqualTo("2026-10-08");
        assertThat(calendar.expectedBy(submitted, 3)).isEqualTo("2026-10-10");
        assertThat(calendar.expectedBy(submitted, 5)).isEqualTo("2026-10-13");
    }

    @Test
    void expectedBy_lateEveningUtc_countsFromTheShanghaiDate() {
        // 16:30 UTC on Sep 29 is 00:30 on Sep 30 in Shanghai, so day 1 is Oct 8, not Sep 30.
        assertThat(calendar.expectedBy(Instant.parse("2026-09-29T16:30:00Z"), 1))
                .isEqualTo("2026-10-08");
        assertThat(calendar.expectedBy(Instant.parse("2026-09-29T15:30:00Z"), 1))
                .isEqualTo("2026-09-30");
    }

    @Test
    void expectedBy_deregistrationTenDaysFromFriday_twoWeeksLater() {
        assertThat(calendar.expectedBy(Instant.parse("2026-11-27T02:00:00Z"), 10))
                .isEqualTo("2026-12-11");
    }

    @Test
    void expectedBy_submittedOnHoliday_dayOneIsFirstWorkingDayAfter() {
        assertThat(calendar.expectedBy(Instant.parse("2026-02-17T02:00:00Z"), 1))
                .isEqualTo("2026-02-24");
        assertThat(calendar.expectedBy(Instant.parse("2026-02-17T02:00:00Z"), 5))
                .isEqualTo("2026-02-28");
        assertThat(calendar.expectedBy(Instant.parse("2026-02-17T02:00:00Z"), 0))
                .isEqualTo("2026-02-17");
    }

    @Test
    void expectedBy_acrossYearEnd_usesNextYearsFile() {
        // Dec 31 is day 1; Jan 1-3 are off; Sunday Jan 4 is an adjusted working day.
        assertThat(calendar.expectedBy(Instant.parse("2025-12-30T02:00:00Z"), 2))
                .isEqualTo("2026-01-04");
        assertThat(calendar.expectedBy(Instant.parse("2025-12-30T02:00:00Z"), 3))
                .isEqualTo("2026-01-05");
    }

    @Test
    void isWorkingDay_yearWithoutFile_failsNamingTheYear() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2028-03-01")))
                .isInstanceOf(CalendarGapException.class)
                .hasMessageContaining("2028");
        assertThatThrownBy(() -> calendar.expectedBy(Instant.parse("2027-12-30T02:00:00Z"), 5))
                .isInstanceOf(CalendarGapException.class)
                .hasMessageContaining("2028.yaml");
    }

    @Test
    void years_2027_markedUnofficialWithNote() {
        assertThat(calendar.years())
                .extracting(WorkingDayCalendar.YearInfo::year)
                .containsExactly(2025, 2026, 2027);
        WorkingDayCalendar.YearInfo y2027 = calendar.years().get(2);
        assertThat(y2027.official()).isFalse();
        assertThat(y2027.note()).contains("not yet published");
        assertThat(calendar.years().get(1).source()).contains("cn-holidays.md");
    }

    @Test
    void load_adjustedWorkdayOnWeekday_failsWithLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2026.yaml"), """
                year: 2026
                source: test
                holidays: []
                adjustedWorkdays:
                  - 2026-01-05
                """);
        assertThatThrownBy(() -> WorkingDayCalendar.load(dir))
                .isInstanceOf(ProcessDefinitionException.class)
                .hasMessage("2026.yaml:5: 2026-01-05 is a MONDAY; an adjusted working day must fall on a weekend");
    }

    @Test
    void load_yearMismatchAndBadDate_fail(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2026.yaml"), "year: 2025\nsource: x\n");
        assertThatThrownBy(() -> WorkingDayCalendar.load(dir))
                .hasMessage("2026.yaml:1: 'year' must be 2026 to match the file name");
        Files.writeString(dir.resolve("2026.yaml"), """
                year: 2026
                source: x
                holidays:
                  - {from: 2026-02-30, name: {en: x, zh: 叉}}
                """);
        assertThatThrownBy(() -> WorkingDayCalendar.load(dir))
                .hasMessage("2026.yaml:4: '2026-02-30' is not a date (YYYY-MM-DD)");
    }
}
