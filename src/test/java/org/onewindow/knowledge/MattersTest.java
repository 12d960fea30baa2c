package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class MattersTest {

    private static final List<String> CONSTRUCTION =
            List.of("Building permit\nBy law the housing and construction department issues the permit within 7 days.");

    @Test
    void unnamedIn_aMatterTheTopicNeverNames_isTheMatterAsWritten() {
        assertThat(Matters.unnamedIn("How long does it take to get an invention patent granted?", () -> CONSTRUCTION))
                .contains("patent");
        assertThat(Matters.unnamedIn("个人所得税起征点是多少", () -> List.of("小规模纳税人增值税起征点")))
                .contains("个人所得税");
    }

    @Test
    void unnamedIn_aMatterTheTopicNames_isNothing() {
        assertThat(Matters.unnamedIn(
                        "do we have to close our customs registration?",
                        () -> List.of("Deregistration\nEnterprises registered with customs deregister there too.")))
                .isEmpty();
    }

    @Test
    void unnamedIn_aQuestionNamingNoMatter_doesNotLookUpTheTopic() {
        assertThat(Matters.unnamedIn("how long does deregistration take?", () -> {
                    throw new AssertionError("the topic's texts were looked up");
                }))
                .isEmpty();
    }

    @Test
    void unnamedIn_aCountWordBeforeATaxIsNoPersonalIncomeTax() {
        assertThat(Matters.unnamedIn("六税两费是哪几个税啊，印花税算在里面不", () -> List.of("六税两费减半")))
                .isEmpty();
    }

    @Test
    void unnamedIn_aWordInsideAnotherIsNoMatter() {
        assertThat(Matters.unnamedIn("what is important for the building permit?", () -> CONSTRUCTION))
                .isEmpty();
    }
}
