package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.shared.Lang;

/** Choices described in other words, with the real embedding models; and what describes nothing. */
final class ChoiceMeaningsTest {
    private static ProcessCatalog catalog;
    private final ChoiceMeanings meanings = new ChoiceMeanings(BgeEmbedder.shared(), () -> catalog);

    @BeforeAll
    static void load() throws Exception {
        catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
    }

    private static FieldSpec field(String process, String name) {
        return catalog.byId(process).orElseThrow().field(name).orElseThrow();
    }

    private String choose(String process, String field, String text, Lang lang) {
        return meanings.choose(new ChoiceToWeigh(field(process, field), text, lang))
                .orElse(null);
    }

    @Test
    void englishDescriptionOfACompanyType_choosesThatType() {
        assertThat(choose(
                        "start-business",
                        "companyType",
                        "there are three of us partners and we all share unlimited liability",
                        Lang.EN))
                .isEqualTo("partnership");
    }

    @Test
    void englishDescriptionOfADissolutionGround_choosesThatGround() {
        assertThat(choose("deregistration", "reason", "our operating period on the licence is over", Lang.EN))
                .isEqualTo("term-expired");
    }

    @Test
    void chineseDescriptionOfALandUse_choosesThatUse() {
        assertThat(choose("land-supply", "landUse", "我们打算建个厂生产汽车零部件", Lang.ZH)).isEqualTo("industrial");
    }

    @Test
    void chineseDescriptionOfATaxMatter_choosesThatMatter() {
        assertThat(choose("pay-taxes", "matter", "需要一份材料证明我们去年的税都已经交过了", Lang.ZH))
                .isEqualTo("certificate");
    }

    @Test
    void fillerOrAShortNonAnswer_choosesNothing() {
        assertThat(choose("book-agent", "topic", "none of these", Lang.EN)).isNull();
        assertThat(choose("deregistration", "reason", "hmm", Lang.EN)).isNull();
        assertThat(choose("start-business", "companyType", "都可以", Lang.ZH)).isNull();
    }

    @Test
    void unrelatedSentence_choosesNothing() {
        assertThat(choose("deregistration", "reason", "the weather in Changsha is really nice today", Lang.EN))
                .isNull();
        assertThat(choose("pay-taxes", "matter", "我们公司的员工都住在园区附近", Lang.ZH)).isNull();
    }
}
