package org.onewindow.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Lang;

final class MessageCatalogTest {

    private static MessageCatalog catalog(String en, String zh) {
        return MessageCatalog.fromYaml(Map.of(Lang.EN, en, Lang.ZH, zh));
    }

    @Test
    void text_fillsArgumentsGivenAsPairs() {
        MessageCatalog c = catalog("a.hello: \"Hello {name}\"\n", "a.hello: \"你好，{name}\"\n");
        assertThat(c.text(Lang.ZH, "a.hello", "name", "小李")).isEqualTo("你好，小李");
        assertThat(c.text(Lang.EN, "a.hello", Map.of("name", "Li"))).isEqualTo("Hello Li");
    }

    @Test
    void text_unknownKeyOrMissingArgument_throwsClearly() {
        MessageCatalog c = catalog("a.hello: \"Hello {name}\"\n", "a.hello: \"你好，{name}\"\n");
        assertThatThrownBy(() -> c.text(Lang.EN, "a.bye"))
                .isInstanceOf(MessageCatalogException.class)
                .hasMessageContaining("no message a.bye in messages/en.yaml");
        assertThatThrownBy(() -> c.text(Lang.EN, "a.hello"))
                .isInstanceOf(MessageCatalogException.class)
                .hasMessageContaining("a.hello")
                .hasMessageContaining("{name}");
        assertThatThrownBy(() -> c.text(Lang.EN, "a.hello", "name")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void load_keyMissingInALanguage_failsNamingFileAndKey() {
        assertThatThrownBy(() -> catalog("a.one: \"one\"\na.two: \"two\"\n", "a.one: \"一\"\n"))
                .isInstanceOf(MessageCatalogException.class)
                .hasMessageContaining("zh.yaml: key a.two is missing");
    }

    @Test
    void load_differentArguments_fail() {
        assertThatThrownBy(() -> catalog("a.x: \"{n} files\"\n", "a.x: \"{count} 个文件\"\n"))
                .hasMessageContaining("key a.x has different arguments");
    }

    @Test
    void load_duplicateKey_failsWithTheLine() {
        assertThatThrownBy(() -> catalog("a.x: \"1\"\nb.y: \"2\"\na.x: \"3\"\n", "a.x: \"一\"\nb.y: \"二\"\n"))
                .isInstanceOf(MessageCatalogException.class)
                .hasMessageContaining("en.yaml")
                .hasMessageContaining("a.x")
                .hasMessageContaining("line 3");
    }

    @Test
    void load_malformedMessageOrNestingOrBadKey_fail() {
        assertThatThrownBy(() -> catalog("a.x: \"{n\"\n", "a.x: \"{n}\"\n")).hasMessageContaining("en.yaml: a.x:");
        assertThatThrownBy(() -> catalog("a:\n  x: \"1\"\n", "a.x: \"一\"\n"))
                .hasMessageContaining("write nested keys in full");
        assertThatThrownBy(() -> catalog("nodot: \"1\"\n", "nodot: \"一\"\n")).hasMessageContaining("is not area.name");
    }

    @Test
    void texts_byPrefix_areTheUnformattedSources() {
        MessageCatalog c =
                catalog("w.a: \"{n} new\"\nc.b: \"b\"\nd.x: \"Tax\"\n", "w.a: \"{n} 条\"\nc.b: \"乙\"\nd.x: \"税务\"\n");
        assertThat(c.texts(Lang.ZH, List.of("w.", "d.")))
                .containsExactly(Map.entry("d.x", "税务"), Map.entry("w.a", "{n} 条"));
        assertThat(c.texts(Lang.EN, List.of())).hasSize(3);
    }

    @Test
    void bundled_loadsTheShippedCatalogues() {
        assertThat(MessageCatalog.bundled().text(Lang.ZH, "handoff.joined")).isEqualTo("工作人员已接入对话。");
    }
}
