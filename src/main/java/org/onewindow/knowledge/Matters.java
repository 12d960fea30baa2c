package org.onewindow.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * Matters of government a park's knowledge base may not cover (patents, customs, marriage, a person's
 * income tax, the governor): a question naming one is answered only from a topic that names it too,
 * since the words it shares with the park's procedures ("how long", "registration", "permit") would
 * otherwise answer it with another procedure's facts.
 */
final class Matters {

    private static final List<Pattern> MATTERS = WordLists.load("understanding/matters.txt").list("matters").stream()
            .map(m -> Pattern.compile(m, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();

    private Matters() {}

    /**
     * A matter the question names, as written there, that none of the topic's texts names. The texts
     * are asked for only when the question names a matter: most questions name none.
     */
    static Optional<String> unnamedIn(String question, Supplier<List<String>> topicTexts) {
        List<String> texts = null;
        for (Pattern matter : MATTERS) {
            Matcher named = matter.matcher(question);
            if (!named.find()) {
                continue;
            }
            texts = texts == null ? topicTexts.get() : texts;
            if (texts.stream().noneMatch(t -> matter.matcher(t).find())) {
                return Optional.of(named.group());
            }
        }
        return Optional.empty();
    }
}
