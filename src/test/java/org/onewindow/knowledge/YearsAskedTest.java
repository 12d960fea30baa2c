package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class YearsAskedTest {

    @Test
    void in_aShortYearBeforeAHoliday_isThisCenturys() {
        assertThat(YearsAsked.in("25年国庆放几天啊")).hasValue(2025);
        assertThat(YearsAsked.in("labour day 2025 how many days off")).hasValue(2025);
    }

    @Test
    void in_aNumberOfYearsOrTwoYears_isNoYearAsked() {
        assertThat(YearsAsked.in("经营满25年的企业")).isEmpty();
        assertThat(YearsAsked.in("2025 and 2026 holidays")).isEmpty();
        assertThat(YearsAsked.in("how long does deregistration take")).isEmpty();
    }
}
