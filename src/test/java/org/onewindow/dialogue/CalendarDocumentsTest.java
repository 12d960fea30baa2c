package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.Lang;

final class CalendarDocumentsTest {

    private static final List<SyntheticDocument> DOCUMENTS = documents();

    private static List<SyntheticDocument> documents() {
        try {
            return CalendarDocuments.of(WorkingDayCalendar.load(Path.of("knowledge-base/calendar")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String section(int year, Lang lang, String heading) {
        return DOCUMENTS.stream()
                .filter(d -> d.source().equals("knowledge-base/calendar/" + year + ".yaml") && d.lang() == lang)
                .findFirst()
                .orElseThrow()
                .sections()
                .stream()
                .filter(s -> s.heading().equals(heading))
                .findFirst()
                .orElseThrow()
                .text();
    }

    @Test
    void of_eachHoliday_hasItsOwnSectionWithItsDaysOff() {
        assertThat(section(2026, Lang.ZH, "国庆节")).contains("10月1日至10月7日", "共7天");
        assertThat(section(2026, Lang.ZH, "国庆节")).contains("调休上班：10月10日（星期六）");
        assertThat(section(2026, Lang.EN, "Spring Festival")).contains("15 February to 23 February (9 days)");
    }

    @Test
    void of_adjustedWorkingDays_areListedWithTheirWeekday() {
        assertThat(section(2026, Lang.EN, Texts.get(Lang.EN, "dialogue.calendarDoc.adjusted")))
                .contains("Saturday 28 February");
        assertThat(section(2026, Lang.ZH, Texts.get(Lang.ZH, "dialogue.calendarDoc.adjusted")))
                .contains("2月28日（星期六）");
    }

    @Test
    void of_aYearWhoseArrangementIsNotPublished_saysSo() {
        assertThat(section(2027, Lang.ZH, Texts.get(Lang.ZH, "dialogue.calendarDoc.holidays")))
                .contains("尚未公布2027年");
    }

    @Test
    void of_aCalendarBuiltInCode_namesNoHolidaysAndGivesNoDocument() {
        assertThat(CalendarDocuments.of(
                        WorkingDayCalendar.of(java.util.Set.of(2026), java.util.Set.of(), java.util.Set.of())))
                .isEmpty();
    }
}
