package org.onewindow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onewindow.shared.Lang;

/** The one formatter of numbers and amounts, as the validators and the eligibility dialogue show them. */
final class AmountsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|¥0|0元",
                "999|¥999|999元",
                "9999|¥9,999|9999元",
                "10000|¥10,000|1万元",
                "12345|¥12,345|1.2345万元",
                "3000000|¥3,000,000|300万元",
                "300000.50|¥300,000.50|30.00005万元",
                "99999999|¥99,999,999|9999.9999万元",
                "100000000|¥100,000,000|1亿元",
                "150000000|¥150,000,000|1.5亿元",
                "1E+6|¥1,000,000|100万元",
                "-500000|¥-500,000|-50万元"
            })
    void money_englishWholeAndChineseIn万And亿(String amount, String en, String zh) {
        BigDecimal value = new BigDecimal(amount);

        assertThat(Amounts.money(value, Lang.EN)).isEqualTo(en);
        assertThat(Amounts.money(value, Lang.ZH)).isEqualTo(zh);
        assertThat(Amounts.money(value)).isEqualTo(LocalizedText.of(en, zh));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0",
                "999|999",
                "1000|1,000",
                "1234567.5|1,234,567.5",
                "3.50|3.50",
                "-500000|-500,000",
                "1E+3|1,000"
            })
    void grouped_thousandsWithTheDecimalsAsGiven(String number, String shown) {
        assertThat(Amounts.grouped(new BigDecimal(number))).isEqualTo(shown);
    }
}
