package org.onewindow.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MessagePatternTest {

    private static String format(String pattern, Map<String, ?> args, Locale locale) {
        return MessagePattern.parse(pattern).format(args, locale);
    }

    @Test
    void format_namedArguments_areFilledIn() {
        assertThat(format("第 {n} 步 / 共 {m} 步", Map.of("n", 2, "m", 5), Locale.CHINESE))
                .isEqualTo("第 2 步 / 共 5 步");
        assertThat(MessagePattern.parse("Step {n} of {m}, {n} again").arguments())
                .containsExactly("n", "m");
    }

    @Test
    void format_number_isGroupedForTheLocale() {
        assertThat(format("{n, number} yuan", Map.of("n", 1234567), Locale.ENGLISH))
                .isEqualTo("1,234,567 yuan");
    }

    @Test
    void format_plural_choosesExactThenCategoryThenOther() {
        String p = "{n, plural, =0 {no messages} one {# message} other {# messages}}";
        assertThat(format(p, Map.of("n", 0), Locale.ENGLISH)).isEqualTo("no messages");
        assertThat(format(p, Map.of("n", 1), Locale.ENGLISH)).isEqualTo("1 message");
        assertThat(format(p, Map.of("n", 1200), Locale.ENGLISH)).isEqualTo("1,200 messages");
        assertThat(format("{n, plural, one {# 条} other {# 条消息}}", Map.of("n", 1), Locale.CHINESE))
                .isEqualTo("1 条消息");
    }

    @Test
    void format_select_choosesTheBranchOrOther() {
        String p = "{who, select, staff {工作人员} other {系统}}";
        assertThat(format(p, Map.of("who", "staff"), Locale.CHINESE)).isEqualTo("工作人员");
        assertThat(format(p, Map.of("who", "bot"), Locale.CHINESE)).isEqualTo("系统");
    }

    @Test
    void apostrophes_literalUnlessQuotingSyntaxOrDoubled() {
        assertThat(format("the park's site, can't", Map.of(), Locale.ENGLISH)).isEqualTo("the park's site, can't");
        assertThat(format("write '{name}' or it''s {name}", Map.of("name", "x"), Locale.ENGLISH))
                .isEqualTo("write {name} or it's x");
        assertThat(MessagePattern.parse("'{literal}'").arguments()).isEmpty();
    }

    @Test
    void format_missingArgument_throwsNamingIt() {
        assertThatThrownBy(() -> format("Uploaded {name}", Map.of(), Locale.ENGLISH))
                .isInstanceOf(MessagePattern.MissingArgumentException.class)
                .hasMessageContaining("{name}");
    }

    @Test
    void parse_malformed_throwsWithWhereAndWhat() {
        assertThatThrownBy(() -> MessagePattern.parse("Step {n of {m}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Step {n of {m}");
        assertThatThrownBy(() -> MessagePattern.parse("oops }")).hasMessageContaining("closes nothing");
        assertThatThrownBy(() -> MessagePattern.parse("{n, plural, one {x}}")).hasMessageContaining("'other' branch");
        assertThatThrownBy(() -> MessagePattern.parse("{n, date}")).hasMessageContaining("number, plural or select");
        assertThatThrownBy(() -> MessagePattern.parse("'{never closed")).hasMessageContaining("never closed");
    }

    @Test
    void isSimple_onlyPlainAndNumberArguments() {
        assertThat(MessagePattern.parse("{a} and {b, number}").isSimple()).isTrue();
        assertThat(MessagePattern.parse("{n, plural, other {#}}").isSimple()).isFalse();
    }
}
