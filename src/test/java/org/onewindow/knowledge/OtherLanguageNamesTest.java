package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Lang;

final class OtherLanguageNamesTest {

    private static final String ACCEPTANCE = "Conditions: the works are done and a quality warranty (工程质量保修书)"
            + " for the works is provided. Its central result is the construction permit (施工许可证); the"
            + " construction-project planning permit (建设工程规划许可证) comes first.";

    @Test
    void askingForTheChineseTermOfWhatWasJustSaid_asksForAChineseNameWithNoTermOfItsOwn() {
        assertThat(OtherLanguageNames.asked("whats the chinese term for that"))
                .contains(new OtherLanguageNames.Asked("", Lang.ZH, true));
    }

    @Test
    void howDoYouSayATermInChinese_keepsTheTerm() {
        assertThat(OtherLanguageNames.asked("how do you say construction permit in chinese")
                        .map(OtherLanguageNames.Asked::term))
                .contains("construction permit");
    }

    @Test
    void askingTheEnglishNameOfAChineseTerm_keepsTheChineseTermWithoutThePointingWords() {
        assertThat(OtherLanguageNames.asked("里面那个工程质量保修书 英文叫啥"))
                .contains(new OtherLanguageNames.Asked("工程质量保修书", Lang.EN, true));
    }

    @Test
    void askingWhatAChineseTermMeansInEnglish_asksForItsEnglishName() {
        assertThat(OtherLanguageNames.asked("what does 园区事园区办 mean in english lol"))
                .map(OtherLanguageNames.Asked::term)
                .hasValue("园区事园区办");
        assertThat(OtherLanguageNames.asked("what does it mean in english?")).isEmpty();
    }

    @Test
    void sayingItInChineseOrEnglish_isARequestForRepliesInThatLanguage_notForAName() {
        assertThat(OtherLanguageNames.asked("can you say that in chinese")).isEmpty();
        assertThat(OtherLanguageNames.asked("英文咋说")).isEmpty();
        assertThat(OtherLanguageNames.asksForName("用英文说一遍")).isFalse();
        assertThat(OtherLanguageNames.asksForName("what is that service called in Chinese?"))
                .isTrue();
    }

    @Test
    void questionsMentioningANameWithoutAskingIt_askNoName() {
        assertThat(OtherLanguageNames.asked("公司英文名称变更需要什么材料")).isEmpty();
        assertThat(OtherLanguageNames.asked("do I need a chinese name for my company"))
                .isEmpty();
    }

    @Test
    void anApostropheInsideAWord_quotesNothing() {
        assertThat(OtherLanguageNames.asked("what's the chinese term for the company's business licence")
                        .map(OtherLanguageNames.Asked::term))
                .contains("company's business licence");
    }

    @Test
    void pairs_areTheEnglishWordsBeforeABracketedChineseTerm_fromTheStartOfTheirClause() {
        assertThat(OtherLanguageNames.pairsIn(ACCEPTANCE))
                .contains(
                        new OtherLanguageNames.Pair("quality warranty", "工程质量保修书"),
                        new OtherLanguageNames.Pair("construction permit", "施工许可证"));
    }

    @Test
    void aDocumentTitleInItsBrackets_isOneTermSpacesAndAll() {
        assertThat(OtherLanguageNames.pairsIn("in Chinese, the 20 measures (《深化\"放管服\"改革 助推\"五好\"园区建设二十条措施》)"))
                .containsExactly(new OtherLanguageNames.Pair("20 measures", "《深化\"放管服\"改革 助推\"五好\"园区建设二十条措施》"));
    }

    @Test
    void anEnglishTerm_isNamedByThePairSharingMostOfItsWords_thenTheClosest() {
        List<OtherLanguageNames.Pair> pairs = OtherLanguageNames.pairsIn(ACCEPTANCE);
        assertThat(OtherLanguageNames.naming("construction permit", pairs))
                .containsExactly(new OtherLanguageNames.Pair("construction permit", "施工许可证"));
    }

    @Test
    void aChineseTerm_isNamedByThePairGivingIt() {
        assertThat(OtherLanguageNames.naming("工程质量保修书", OtherLanguageNames.pairsIn(ACCEPTANCE)))
                .containsExactly(new OtherLanguageNames.Pair("quality warranty", "工程质量保修书"));
    }

    @Test
    void aTermSharingTooFewWords_isNamedByNone() {
        assertThat(OtherLanguageNames.naming("tax clearance certificate", OtherLanguageNames.pairsIn(ACCEPTANCE)))
                .isEmpty();
    }
}
