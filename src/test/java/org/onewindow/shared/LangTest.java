package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LangTest {

    @Test
    void detect_chineseSentence_isZh() {
        assertThat(Lang.detect("我要注销公司", Lang.EN)).isEqualTo(Lang.ZH);
    }

    @Test
    void detect_englishSentence_isEn() {
        assertThat(Lang.detect("How long does deregistration take?", Lang.ZH)).isEqualTo(Lang.EN);
    }

    @Test
    void detect_chineseWithAnEnglishTerm_isZh() {
        assertThat(Lang.detect("我的USCC填错了", Lang.EN)).isEqualTo(Lang.ZH);
    }

    @Test
    void detect_codesNumbersAndEmails_keepTheFallback() {
        assertThat(Lang.detect("91350100M000100Y43", Lang.ZH)).isEqualTo(Lang.ZH);
        assertThat(Lang.detect("11010519491231002X", Lang.ZH)).isEqualTo(Lang.ZH);
        assertThat(Lang.detect("注册资本500万", Lang.EN)).isEqualTo(Lang.ZH);
        assertThat(Lang.detect("li.ming@example.com", Lang.ZH)).isEqualTo(Lang.ZH);
        assertThat(Lang.detect("13812345678", Lang.EN)).isEqualTo(Lang.EN);
    }

    @Test
    void parseOrNull_acceptsRegionTagsAndRejectsOthers() {
        assertThat(Lang.parseOrNull("zh-CN")).isEqualTo(Lang.ZH);
        assertThat(Lang.parseOrNull("en-US,en;q=0.9")).isEqualTo(Lang.EN);
        assertThat(Lang.parseOrNull("fr")).isNull();
    }
}
