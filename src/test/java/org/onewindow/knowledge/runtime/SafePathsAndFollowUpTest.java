package org.onewindow.knowledge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class SafePathsAndFollowUpTest {

    private final Path root = Path.of("/data/knowledge-base");

    @Test
    void relative_normalPaths_accepted() {
        assertThat(SafePaths.relative(root, "policies/a.md")).isEqualTo("policies/a.md");
        assertThat(SafePaths.relative(root, "policies\\b.md")).isEqualTo("policies/b.md");
        assertThat(SafePaths.relative(root, "./c.pdf")).isEqualTo("c.pdf");
    }

    @Test
    void relative_traversalAbsoluteHiddenConfiguration_rejected() {
        for (String bad : new String[] {
            "../x.md",
            "a/../../x.md",
            "/etc/passwd",
            "C:\\x.md",
            "",
            "  ",
            ".hidden.md",
            "synonyms/en.txt",
            "processes/p.yaml",
            "a\0b.md",
            "."
        }) {
            assertThatThrownBy(() -> SafePaths.relative(root, bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void followUp_shortQuestionsAndTopics() {
        assertThat(FollowUp.isShort("and how much does it cost?")).isTrue();
        assertThat(FollowUp.isShort("what documents do I need to bring for the construction permit application"))
                .isFalse();
        assertThat(FollowUp.isShort("要多少钱？")).isTrue();
        assertThat(FollowUp.isShort("and how long will it take after that?")).isTrue();
        assertThat(FollowUp.isShort("how long will the completion acceptance filing take in this park"))
                .isFalse();
        assertThat(FollowUp.leansOnContext("and how much does it cost?")).isTrue();
        assertThat(FollowUp.leansOnContext("what about the fees")).isTrue();
        assertThat(FollowUp.leansOnContext("i want to open a restaurant")).isFalse();
        assertThat(FollowUp.leansOnContext("要钱吗")).isTrue();
        assertThat(FollowUp.leansOnContext("那需要什么材料")).isTrue();
        assertThat(FollowUp.leansOnContext("施工许可证需要什么材料")).isFalse();
        FollowUp.Topic t = FollowUp.parse("knowledge-base/faq/deregistration.yaml deregistration");
        assertThat(t.source()).isEqualTo("knowledge-base/faq/deregistration.yaml");
        assertThat(t.words()).isEqualTo("deregistration");
        assertThat(FollowUp.parse("rent subsidy").source()).isNull();
    }

    @Test
    void asksAVariant_aConditionOrAnAlternative_notAPlainFollowUp() {
        assertThat(FollowUp.asksAVariant("按季度报的话呢")).isTrue();
        assertThat(FollowUp.asksAVariant("what if i file quarterly instead")).isTrue();
        assertThat(FollowUp.asksAVariant("那改革之前呢")).isTrue();
        assertThat(FollowUp.asksAVariant("and which weekend days do we have to work?"))
                .isFalse();
        assertThat(FollowUp.asksAVariant("全称叫什么")).isFalse();
    }

    @Test
    void followUp_openingWithAndOrThen_goesOnWithWhatWasDiscussed() {
        assertThat(FollowUp.continues("and what needs to be in place before we apply?"))
                .isTrue();
        assertThat(FollowUp.continues("那在哪儿办 能网上弄吗")).isTrue();
        assertThat(FollowUp.continues("what needs to be in place before we apply?"))
                .isFalse();
        assertThat(FollowUp.continues("Andrew here, how long does deregistration take?"))
                .isFalse();
    }

    @Test
    void followUp_wordsForAllOrPartOfWhatWasSaid_leanOnIt() {
        assertThat(FollowUp.leansOnContext("全部办完最多几个工作日")).isTrue();
        assertThat(FollowUp.leansOnContext("这几天里都能办哪些事")).isTrue();
        assertThat(FollowUp.isShort("那前后要调休上班的是哪几天")).isTrue();
        assertThat(FollowUp.leansOnContext("how many days in total")).isTrue();
    }

    @Test
    void followUp_readWithWhatTheEarlierQuestionWasAbout_notWhatItAskedFor() {
        assertThat(FollowUp.earlierWords("竣工验收要啥条件", "都有哪些部门参与")).isEqualTo("竣工验收 ");
        assertThat(FollowUp.earlierWords("增值税怎么报", "截止到几号")).contains("增值税");
        assertThat(FollowUp.earlierWords(null, "截止到几号")).isEmpty();
        assertThat(FollowUp.earlierWords("截止到几号", "截止到几号")).isEmpty();
    }

    @Test
    void followUp_inTheOtherLanguage_leavesTheEarlierWordsOut_unlessItPointsAtThem() {
        assertThat(FollowUp.earlierWords("我想了解高新技术企业的税收优惠", "how long is the certificate valid for?"))
                .isEmpty();
        assertThat(FollowUp.earlierWords("注销公司要多久", "is it free?")).isEmpty();
        assertThat(FollowUp.earlierWords("简易注销在哪里公示？", "can you tell me the english name of that system"))
                .contains("公示");
    }

    @Test
    void followUp_askingNothingOfItsOwn_asksAgainWhatTheEarlierQuestionAsked() {
        assertThat(FollowUp.askingAgain(
                        "what about for a sole proprietor", "How long does it take to set up a company?"))
                .startsWith("what about for a sole proprietor")
                .containsIgnoringCase("how long");
        assertThat(FollowUp.askingAgain("那注销呢", "开公司要钱吗")).startsWith("那注销呢").contains("要钱");
        assertThat(FollowUp.askingAgain("and the seals?", "is the business licence free?"))
                .startsWith("and the seals?")
                .contains("free");
    }

    @Test
    void followUp_askingItsOwnKindOfFact_keepsItsWords() {
        assertThat(FollowUp.askingAgain("what about the fee", "How long does it take to set up a company?"))
                .isEqualTo("what about the fee");
        assertThat(FollowUp.askingAgain("注销要带啥", "开公司要钱吗")).isEqualTo("注销要带啥");
        assertThat(FollowUp.askingAgain("what about for a sole proprietor", null))
                .isEqualTo("what about for a sole proprietor");
    }

    @Test
    void followUp_sayingItIsAboutSomethingElse_isReadWithoutThoseWords() {
        assertThat(FollowUp.changingTopic("换个事儿，公司注销要交钱不？")).hasValue("公司注销要交钱不？");
        assertThat(FollowUp.changingTopic("另外问下，二十条是哪个单位发的")).hasValue("二十条是哪个单位发的");
        assertThat(FollowUp.changingTopic("btw who issued the 20 measures")).hasValue("who issued the 20 measures");
    }

    @Test
    void followUp_sayingByTheWayButPointingBack_staysOnTheTopic() {
        assertThat(FollowUp.changingTopic("btw is there a cap on how many docs for that??"))
                .isEmpty();
        assertThat(FollowUp.changingTopic("公司注销要交钱不")).isEmpty();
        assertThat(FollowUp.changingTopic("is there something else i need to bring"))
                .isEmpty();
        assertThat(FollowUp.changingTopic("还有别的问题要注意吗")).isEmpty();
    }
}
