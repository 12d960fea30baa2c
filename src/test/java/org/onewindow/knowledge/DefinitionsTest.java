package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class DefinitionsTest {

    @Test
    void lastTermAsked_theTermNearestTheAskingWordsCountsMost() {
        String question = "签约即供地 里面说的标准地是啥";
        var process = Definitions.lastTermAsked("签约即供地：签订投资协议后即申请用地。", question);
        var standardLand = Definitions.lastTermAsked("外省常见做法是供应\"标准地\"：供地前已完成区域评估。", question);
        assertThat(process).map(Definitions.Term::term).contains("签约即供地");
        assertThat(standardLand).map(Definitions.Term::term).contains("标准地");
        assertThat(standardLand.get().end()).isGreaterThan(process.get().end());
    }

    @Test
    void lastTermAsked_findsAQuotedTermWithItsOtherNameInEitherLanguage() {
        String text = "typically \"standard land\" (标准地): a plot where area-wide assessments are done";
        assertThat(Definitions.lastTermAsked(text, "whats standard land then"))
                .map(Definitions.Term::term)
                .contains("standard land");
        assertThat(Definitions.lastTermAsked(text, "标准地是什么"))
                .map(Definitions.Term::term)
                .contains("标准地");
    }

    @Test
    void lastTermAsked_aTermMentionedButNotDefined_isNotCounted() {
        assertThat(Definitions.lastTermAsked(
                        "elsewhere this relies on prepared \"standard land\".", "whats standard land"))
                .isEmpty();
    }
}
