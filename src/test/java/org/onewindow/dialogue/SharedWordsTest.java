package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SharedWordsTest {

    @Test
    void englishWords_areCutToTheirFirstFiveLetters_andAskingWordsLeftOut() {
        assertThat(SharedWords.of("what are the requirements to register a company"))
                .containsExactlyInAnyOrder("requi", "regis", "compa");
    }

    @Test
    void chinese_isReadInPairsOfCharacters_leavingOutParticlesAndAskingWords() {
        assertThat(SharedWords.of("那边拿地即开工吗")).containsExactlyInAnyOrder("拿地", "地即", "即开", "开工");
    }

    @Test
    void aQuestionAskingOnlyHow_hasNoWordsOfItsOwn() {
        assertThat(SharedWords.of("那边怎么")).isEmpty();
        assertThat(SharedWords.of("how do they do it there")).isEmpty();
    }
}
