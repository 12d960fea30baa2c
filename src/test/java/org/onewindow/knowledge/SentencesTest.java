package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SentencesTest {

    @Test
    void split_hardWrappedListItem_isOneSentenceNotCutAtTheLineBreak() {
        String text = """
                - Simplified deregistration (简易注销): for enterprises that never had
                  debts, or have paid all debts, and whose investors all sign a written
                  commitment that this is true.
                - General deregistration (一般注销): for all others; requires a
                  liquidation.""";

        assertThat(Sentences.split(text))
                .containsExactly(
                        "- Simplified deregistration (简易注销): for enterprises that never had debts, or have paid all debts, "
                                + "and whose investors all sign a written commitment that this is true.",
                        "- General deregistration (一般注销): for all others; requires a liquidation.");
    }

    @Test
    void split_aSemicolonBeforeACapitalOrAChineseSemicolon_endsTheSentence() {
        assertThat(Sentences.split("Filed online; Paper copies are not needed.\n\n材料一；材料二。"))
                .containsExactly("Filed online;", "Paper copies are not needed.", "材料一；", "材料二。");
    }

    @Test
    void split_wrappedChineseParagraph_joinsTheLinesWithoutASpace() {
        assertThat(Sentences.split("投资项目还在洽谈阶段，园区就介入\n服务：提前告知需要办哪些审批。\n\n第二段。"))
                .containsExactly("投资项目还在洽谈阶段，园区就介入服务：提前告知需要办哪些审批。", "第二段。");
    }

    @Test
    void split_sentencesInOneParagraph_areSplitAtTheirStops() {
        assertThat(Sentences.split("Within 2 working days. OneWindow tells you\nthe expected date."))
                .containsExactly("Within 2 working days.", "OneWindow tells you the expected date.");
    }

    @Test
    void split_aNumberedListItem_isOneSentenceWithItsNumber() {
        assertThat(Sentences.split("Simplified route:\n\n1. Publish the commitment.\n2. Settle tax matters."))
                .containsExactly("Simplified route:", "1. Publish the commitment.", "2. Settle tax matters.");
    }

    @Test
    void split_aStopInsideBrackets_doesNotEndTheSentence() {
        assertThat(Sentences.split("住建部门：竣工验收备案；消防验收（需要时；负责部门未核实）。规划核实由自然资源部门负责。"))
                .containsExactly("住建部门：竣工验收备案；", "消防验收（需要时；负责部门未核实）。", "规划核实由自然资源部门负责。");
    }
}
