package org.onewindow.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * The year a question asks about ("2025", "25年国庆"), and whether a passage is titled for another
 * one: the 2026 holidays are no answer to a question about 2025's. Pure.
 */
public final class YearsAsked {

    private static final WordLists REWRITES = WordLists.load("understanding/query-rewrites.txt");

    /** A two-digit year before a holiday or a month ("25年国庆"); see {@code understanding/query-rewrites.txt}. */
    public static final Pattern SHORT_YEAR = REWRITES.pattern("short-year.zh");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-9]{2})(?!\\d)");

    /** "before 2023", "2023年以前": the time before a year. */
    private static final Pattern BEFORE_YEAR = REWRITES.pattern("before-year", Pattern.CASE_INSENSITIVE);

    private static final Pattern ABOUT_THE_PAST = REWRITES.pattern("about-the-past", Pattern.CASE_INSENSITIVE);

    private YearsAsked() {}

    /**
     * Whether the question asks about a rule no longer in force since {@code superseded}: whether it is
     * still in force, when it ended, or what it was in a year before then ("is the 150k exemption still
     * around", "before 2023, up to what monthly sales…").
     */
    public static boolean asksAboutThePast(String question, LocalDate superseded) {
        if (ABOUT_THE_PAST.matcher(question).find()) {
            return true;
        }
        OptionalInt year = in(question);
        return superseded != null
                && year.isPresent()
                && LocalDate.of(year.getAsInt(), 1, 1).isBefore(superseded);
    }

    /**
     * The one year the text names, in full or short before a holiday, or the year before one it asks
     * about the time before ("before 2023": 2022); empty when it names none or several.
     */
    public static OptionalInt in(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher before = BEFORE_YEAR.matcher(text);
        if (before.find()) {
            String year = before.group(1) != null ? before.group(1) : before.group(2);
            return OptionalInt.of(Integer.parseInt(year) - 1);
        }
        Matcher m = YEAR.matcher(SHORT_YEAR.matcher(text).replaceAll("20$0"));
        OptionalInt found = OptionalInt.empty();
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (found.isPresent() && found.getAsInt() != year) {
                return OptionalInt.empty();
            }
            found = OptionalInt.of(year);
        }
        return found;
    }

    /**
     * The hits without those whose title names a year other than {@code year} and those of a rule that
     * took effect after it ("the R&D super deduction rate back in 2018" is not the rule of 2023); the
     * others keep their order, but that the first passage titled for the year that is as sure as the
     * best comes first, and the general ones less sure than it go.
     */
    public static List<SearchHit> keepingYear(List<SearchHit> hits, int year) {
        List<SearchHit> kept = hits.stream()
                .filter(h -> {
                    OptionalInt titled = in(h.title());
                    return titled.isEmpty() || titled.getAsInt() == year;
                })
                .filter(h -> h.effective() == null || h.effective().getYear() <= year)
                .toList();
        // "and the weekend days we have to work?" after 2026's holidays: that year's passage, when it
        // is as sure as the best, answers rather than a general one on weekends and holidays.
        SearchHit first =
                kept.stream().filter(o -> in(o.title()).isPresent()).findFirst().orElse(null);
        if (first != null
                && first != kept.get(0)
                && first.confidence() >= kept.get(0).confidence()) {
            List<SearchHit> yearFirst = new java.util.ArrayList<>(List.of(first));
            kept.stream()
                    .filter(o -> o != first && (in(o.title()).isPresent() || o.confidence() > first.confidence()))
                    .forEach(yearFirst::add);
            return List.copyOf(yearFirst);
        }
        return kept;
    }
}
