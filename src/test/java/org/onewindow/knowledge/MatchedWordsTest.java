package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchedWordsTest {

    @Test
    void standingIn_countsDifferentWordsOfTheTextIgnoringCase_notSingleCharactersOrNumbers() {
        assertThat(MatchedWords.standingIn(List.of("企业", "开办", "企业", "办", "2026"), "2026 企业开办一件事"))
                .isEqualTo(2);
        assertThat(MatchedWords.standingIn(List.of("Spring Festival"), "spring festival"))
                .isEqualTo(1);
        assertThat(MatchedWords.standingIn(List.of("days"), null)).isZero();
    }
}
