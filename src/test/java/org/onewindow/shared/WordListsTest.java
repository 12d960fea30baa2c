package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class WordListsTest {

    private static final WordLists LISTS = WordLists.parse(
            "understanding/sample.txt",
            List.of(
                    "# a comment",
                    "[skip.en]",
                    "  skip it  ",
                    "\"real \"",
                    "",
                    "[skip.zh]",
                    "跳过",
                    "[asks]",
                    "\\b(?:how|what)\\b",
                    "|多久",
                    "[units]",
                    "万 = 10000",
                    "[broken]",
                    "(?:unclosed",
                    "[empty]"));

    @Test
    void list_entriesAreStrippedUnlessQuoted() {
        assertThat(LISTS.list("skip.en", "skip.zh")).containsExactly("skip it", "real ", "跳过");
    }

    @Test
    void pattern_joinsTheEntries() {
        assertThat(LISTS.pattern("asks").pattern()).isEqualTo("\\b(?:how|what)\\b|多久");
        assertThat(LISTS.pattern("asks").matcher("要多久").find()).isTrue();
    }

    @Test
    void map_readsKeyEqualsValue() {
        assertThat(LISTS.map("units")).isEqualTo(Map.of("万", "10000"));
    }

    @Test
    void missingList_namesFileAndList() {
        assertThatThrownBy(() -> LISTS.list("cancel.zh")).hasMessage("understanding/sample.txt: no list [cancel.zh]");
    }

    @Test
    void emptyList_namesFileLineAndList() {
        assertThatThrownBy(() -> LISTS.list("empty")).hasMessage("understanding/sample.txt:15: list [empty] is empty");
    }

    @Test
    void invalidExpression_namesFileLineAndList() {
        assertThatThrownBy(() -> LISTS.pattern("broken"))
                .hasMessageStartingWith("understanding/sample.txt:13: list [broken] is not a valid regular expression");
    }

    @Test
    void missingFile_isNamed() {
        assertThatThrownBy(() -> WordLists.load("understanding/none.txt"))
                .hasMessage("word list file understanding/none.txt is not on the class path");
    }

    @Test
    void listGivenTwice_isRefused() {
        assertThatThrownBy(() -> WordLists.parse("f.txt", List.of("[a]", "x", "[a]", "y")))
                .hasMessage("f.txt:3: list [a] is given twice (first at line 1)");
    }
}
