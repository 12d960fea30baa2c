package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class MeasureReferenceTest {

    @Test
    void asked_aMeasureNamedByItsNumber_inDigitsOrChineseNumerals() {
        assertThat(MeasureReference.asked("What does measure 13 of the Hunan 20 measures promise?"))
                .hasValue(13);
        assertThat(MeasureReference.asked("article 4 - what does it give parks"))
                .hasValue(4);
        assertThat(MeasureReference.asked("\"四即\"里的第13条讲的是什么？")).hasValue(13);
        assertThat(MeasureReference.asked("第十三条讲啥")).hasValue(13);
        assertThat(MeasureReference.asked("二十条里的第四条")).hasValue(4);
        assertThat(MeasureReference.asked("第二十条是什么")).hasValue(20);
        assertThat(MeasureReference.asked("第13条规定了什么")).hasValue(13);
    }

    @Test
    void asked_aCountOfMeasures_namesNone() {
        assertThat(MeasureReference.asked("who issued the 20 measures?")).isEmpty();
        assertThat(MeasureReference.asked("二十条措施是谁发的")).isEmpty();
        assertThat(MeasureReference.asked("how long does deregistration take")).isEmpty();
    }

    @Test
    void heading_numberedMeasuresInBothLanguages() {
        assertThat(MeasureReference.heading("Measure 13: certificates upon completion"))
                .hasValue(13);
        assertThat(MeasureReference.heading("第12条：开工即配套")).hasValue(12);
        assertThat(MeasureReference.heading("What the measure says")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void asked_aNumberedArticleOfALaw_isNoMeasureOfThePark() {
        assertThat(MeasureReference.asked("what does article 13 of the Company Law say?"))
                .isEmpty();
        assertThat(MeasureReference.asked("公司法第十三条是什么")).isEmpty();
        assertThat(MeasureReference.asked("《劳动合同法》第4条讲了啥")).isEmpty();
    }

    @Test
    void following_pointsFromTheMeasureTheLastQuestionNamed() {
        assertThat(MeasureReference.following("and the one right after it?", "What is measure 11 of the 20 measures?"))
                .hasValue(12);
        assertThat(MeasureReference.following("那它前面那一条呢", "二十条措施第16条讲的是什么？")).hasValue(15);
        assertThat(MeasureReference.following("and the final one, number 20?", "What is measure 19 about?"))
                .hasValue(20);
    }

    @Test
    void following_withoutAMeasureBefore_orNamingOneItself_pointsNowhere() {
        assertThat(MeasureReference.following("and the next step?", "how do I deregister?"))
                .isEmpty();
        assertThat(MeasureReference.following("what about measure 3?", "What is measure 11?"))
                .isEmpty();
    }

    @Test
    void named_isHowASearchFindsTheMeasure() {
        assertThat(MeasureReference.asked(MeasureReference.named(12, org.onewindow.shared.Lang.EN)))
                .hasValue(12);
        assertThat(MeasureReference.asked(MeasureReference.named(12, org.onewindow.shared.Lang.ZH)))
                .hasValue(12);
    }
}
