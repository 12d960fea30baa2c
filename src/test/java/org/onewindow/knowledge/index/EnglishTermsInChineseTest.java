package org.onewindow.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTermsInChineseTest {

    private final EnglishTermsInChinese terms = new SynonymRules()
            .add("cross", "national day, 国庆节, 国庆\nderegistration, deregister, 注销, 注销登记\nvat, value added tax\n")
            .englishTermsInChinese();

    @Test
    void inChinese_anEnglishTermInAChineseQuestion_isReadAsItsChineseSynonym() {
        assertThat(terms.inChinese("2026 National Day放几天啊")).isEqualTo("2026 国庆节放几天啊");
        assertThat(terms.inChinese("deregister要几天 in this park?")).isEqualTo("注销要几天 in this park?");
    }

    @Test
    void inChinese_englishQuestionsAndWordsOnlyPartlyATerm_stayAsTyped() {
        assertThat(terms.inChinese("how many days off on national day?"))
                .isEqualTo("how many days off on national day?");
        assertThat(terms.inChinese("deregistered公司还能查到吗")).isEqualTo("deregistered公司还能查到吗");
        assertThat(terms.inChinese("vat要交多少")).isEqualTo("vat要交多少");
    }
}
