package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.QuestionType;

/**
 * Messages at the 4,000-character limit made of what the question word lists look for, repeated
 * ("days" and spaces, 不 after 不, A-not-A runs, "先…还是先"): read as questions or requests without
 * an error. The lists are matched by Java's backtracking regex engine, where a run like these once
 * overflowed the stack in the form reader.
 */
final class HostileQuestionTextTest {

    private static final List<String> HOSTILE = List.of(
            "days" + " ".repeat(3995) + "x",
            "不".repeat(4000),
            "收不收".repeat(1333),
            "先办".repeat(1000) + "还是",
            "when were " + "the ".repeat(990) + "issued",
            "第几条".repeat(1333),
            "这是".repeat(2000),
            "? ".repeat(2000));

    @Test
    void questionTypesOfHostileText_areReadWithoutError() {
        for (String text : HOSTILE) {
            assertThat(QuestionType.of(text)).isNotNull();
            assertThat(QuestionType.sectionKinds(text)).isNotNull();
            assertThat(QuestionType.subjectOf(text).length()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void requestOrQuestionOfHostileText_isDecidedWithoutError() {
        for (String text : HOSTILE) {
            String lower = text.toLowerCase(Locale.ROOT);
            Requests.asksToAct(lower);
            assertThat(Commands.language(lower)).isNull();
        }
    }
}
