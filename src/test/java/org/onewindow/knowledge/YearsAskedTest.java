package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Lang;

final class YearsAskedTest {

    @Test
    void in_aShortYearBeforeAHoliday_isThisCenturys() {
        assertThat(YearsAsked.in("25年国庆放几天啊")).hasValue(2025);
        assertThat(YearsAsked.in("那27年的呢 放假安排出来了没")).hasValue(2027);
        assertThat(YearsAsked.in("26年过年放假从几号放到几号")).hasValue(2026);
        assertThat(YearsAsked.in("labour day 2025 how many days off")).hasValue(2025);
    }

    @Test
    void in_aNumberOfYearsOrTwoYears_isNoYearAsked() {
        assertThat(YearsAsked.in("经营满25年的企业")).isEmpty();
        assertThat(YearsAsked.in("2025 and 2026 holidays")).isEmpty();
        assertThat(YearsAsked.in("how long does deregistration take")).isEmpty();
    }

    @Test
    void in_theTimeBeforeAYear_isTheYearBefore() {
        assertThat(YearsAsked.in("Before 2023, up to what monthly sales were we exempt?"))
                .hasValue(2022);
        assertThat(YearsAsked.in("2023年以前 小规模免多少")).hasValue(2022);
        assertThat(YearsAsked.in("before I register in 2026 what do I bring")).hasValue(2026);
    }

    @Test
    void asksAboutThePast_whetherItStillAppliesOrWhatItWasInAYearItApplied() {
        LocalDate superseded = LocalDate.of(2023, 1, 1);
        assertThat(YearsAsked.asksAboutThePast("is the 150k exemption still around", superseded))
                .isTrue();
        assertThat(YearsAsked.asksAboutThePast("15万那个政策还有没", superseded)).isTrue();
        assertThat(YearsAsked.asksAboutThePast("what was the threshold in 2021", superseded))
                .isTrue();
        assertThat(YearsAsked.asksAboutThePast("what is the threshold in 2023", superseded))
                .isFalse();
        assertThat(YearsAsked.asksAboutThePast("small scale vat exempt up to how much a month", superseded))
                .isFalse();
    }

    @Test
    void keepingYear_dropsARuleThatTookEffectAfterTheYearAsked() {
        SearchHit from2023 = hit("R&D expense super deduction", LocalDate.of(2023, 1, 1));
        SearchHit from2016 = hit("High-tech certification", LocalDate.of(2016, 1, 1));
        assertThat(YearsAsked.keepingYear(List.of(from2023, from2016), 2018)).containsExactly(from2016);
        assertThat(YearsAsked.keepingYear(List.of(from2023, from2016), 2024)).containsExactly(from2023, from2016);
    }

    private static SearchHit hit(String title, LocalDate effective) {
        return new SearchHit(
                title,
                title,
                "knowledge-base/incentives/x.yaml",
                "What it gives",
                "s",
                1,
                0.8,
                Lang.EN,
                null,
                effective,
                null,
                "h",
                Passage.Kind.SYNTHETIC,
                List.of(),
                "text");
    }
}
