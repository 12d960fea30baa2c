package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SeveralAskedTest {

    @Test
    void in_twoMattersJoined_carryTheKindOfFactAskedToTheSideWithoutIt() {
        assertThat(SeveralAsked.in("开公司和注销公司都要钱吗")).contains(new SeveralAsked("开公司要钱吗", "注销公司都要钱吗"));
        assertThat(SeveralAsked.in("how many days for the building permit and how many to file the acceptance"))
                .contains(new SeveralAsked(
                        "how many days for the building permit", "how many to file the acceptance how many days"));
    }

    @Test
    void in_theYearAskedIsCarriedToBothSides() {
        assertThat(SeveralAsked.in("2026 mid autumn + national day, merged again like last yr?"))
                .contains(new SeveralAsked("2026 mid autumn", "national day, merged again like last yr? 2026"));
    }

    @Test
    void in_aSideAboutNothingOfItsOwn_isNoSecondQuestion() {
        assertThat(SeveralAsked.in("what documents and how long?")).isEmpty();
        assertThat(SeveralAsked.in("注销要几天")).isEmpty();
    }

    @Test
    void in_moreThanTwoThingsJoined_isNotSplit() {
        assertThat(SeveralAsked.in("the licence and the seal and the tax UKey")).isEmpty();
    }

    @Test
    void in_twoQuestionsOneAfterTheOther_theSecondFollowsTheFirst() {
        assertThat(SeveralAsked.in("can park staff visit us n sort the forms? costs anything?"))
                .contains(new SeveralAsked("can park staff visit us n sort the forms", "costs anything?", true));
        assertThat(SeveralAsked.in("代办收费不 能上门服务不")).contains(new SeveralAsked("代办收费不", "能上门服务不", true));
        assertThat(SeveralAsked.in("biz licence free? and the seals?"))
                .contains(new SeveralAsked("biz licence free", "and the seals?", true));
    }

    @Test
    void in_wordsAfterAQuestionThatAskNothing_areNoSecondQuestion() {
        assertThat(SeveralAsked.in("能上门服务不 代办")).isEmpty();
        assertThat(SeveralAsked.in("how long does deregistration take?")).isEmpty();
    }
}
