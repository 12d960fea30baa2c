package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.config.ConfigLoader;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.shared.Lang;

/** Times told to enterprises agree: the booking form's slots and the office hours the handoff notice uses. */
final class OfficeHoursAgreementTest {

    @Test
    void bookingSlots_nameTheDefaultOfficeHoursPeriods() throws Exception {
        String spec = ConfigLoader.load(List.of(), Map.of()).officeHours();
        FieldSpec slot = ProcessCatalog.load(Path.of("knowledge-base/processes"))
                .byId("book-agent")
                .orElseThrow()
                .field("preferredSlot")
                .orElseThrow();
        String labels = String.join(
                " ",
                slot.choices().stream()
                        .flatMap(o -> java.util.stream.Stream.of(
                                o.label().text(Lang.EN), o.label().text(Lang.ZH)))
                        .toList());

        for (String period : spec.split(";")[0].split(",")) {
            String shown = period.strip().replace("-", "–").replaceAll("(^|–)0(\\d)", "$1$2");
            assertThat(labels).as("the period " + period).contains(shown);
        }
    }

    @Test
    void committedTime_ofOneDay_isSaidAsOneWorkingDay_notARange() {
        assertThat(Dialogue.workingDays(1, 1, Lang.EN)).isEqualTo("1 working day");
        assertThat(Dialogue.workingDays(5, 5, Lang.EN)).isEqualTo("5 working days");
        assertThat(Dialogue.workingDays(5, 10, Lang.ZH)).isEqualTo("5至10个工作日");
        assertThat(Dialogue.workingDays(1, 1, Lang.ZH)).isEqualTo("1个工作日");
    }
}
