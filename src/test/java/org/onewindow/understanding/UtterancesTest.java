package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class UtterancesTest {

    @Test
    void looksLikeQuestion_englishQuestionWordFirst_isAQuestionEvenWithoutAQuestionMark() {
        assertThat(Utterances.looksLikeQuestion("What's the fee for deregistration"))
                .isTrue();
        assertThat(Utterances.looksLikeQuestion("how long does it take.")).isTrue();
        assertThat(Utterances.looksLikeQuestion("Does the park help with permits!"))
                .isTrue();
    }

    @Test
    void looksLikeQuestion_wordThatOnlyBeginsWithAQuestionWord_isNotAQuestion() {
        assertThat(Utterances.looksLikeQuestion("whatever company")).isFalse();
        assertThat(Utterances.looksLikeQuestion("doing business in the park")).isFalse();
        assertThat(Utterances.looksLikeQuestion("Island Trading Co")).isFalse();
    }

    @Test
    void looksLikeQuestion_chineseQuestionWordAtTheStartOrTheEnd_isAQuestion() {
        assertThat(Utterances.looksLikeQuestion("请问注销要带什么")).isTrue();
        assertThat(Utterances.looksLikeQuestion("注销公司需要多久。")).isTrue();
        assertThat(Utterances.looksLikeQuestion("可以网上办理吗")).isTrue();
    }

    @Test
    void looksLikeQuestion_chineseVerbNotVerbOrTrailingBu_isAQuestion() {
        assertThat(Utterances.looksLikeQuestion("固定资产投资包不包括买设备的钱")).isTrue();
        assertThat(Utterances.looksLikeQuestion("规划许可证跟施工许可证是一回事不")).isTrue();
        assertThat(Utterances.looksLikeQuestion("税啊票啊罚款啥的都清了")).isFalse();
        assertThat(Utterances.looksLikeQuestion("还不")).isFalse();
    }

    @Test
    void looksLikeQuestion_chineseQuestionWordInTheMiddleOfAName_isNotAQuestion() {
        assertThat(Utterances.looksLikeQuestion("什么值得买科技有限公司")).isFalse();
    }

    @Test
    void commands_matchWholeRepliesInEitherLanguage_ignoringCaseWidthAndEdgePunctuation() {
        assertThat(Utterances.isSkip("Skip this!")).isTrue();
        assertThat(Utterances.isBack("上一步。")).isTrue();
        assertThat(Utterances.isCancel("ＣＡＮＣＥＬ")).isTrue();
        assertThat(Utterances.isHandoff("转人工")).isTrue();
        assertThat(Utterances.isCancel("cancel my old licence and register again"))
                .isFalse();
        assertThat(Utterances.isHandoff("staffing agency")).isFalse();
    }

    @Test
    void confirmAgreeDecline_acceptYesNoWordsAndTheirOwnPhrases() {
        assertThat(Utterances.isConfirm("looks good")).isTrue();
        assertThat(Utterances.isConfirm("确认提交")).isTrue();
        assertThat(Utterances.isAgree("I agree.")).isTrue();
        assertThat(Utterances.isDecline("不同意")).isTrue();
        assertThat(Utterances.isDecline("sure")).isFalse();
    }
}
