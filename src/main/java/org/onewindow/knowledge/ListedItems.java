package org.onewindow.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * One item of a list the last answer gave, asked by its place: "what's in the second one" after "the
 * measures come in five groups: park affairs, life-cycle services, …", "第三部分具体讲啥" after
 * "分园区事园区办、全生命周期服务、…五部分". Pure.
 */
public final class ListedItems {

    private static final WordLists WORDS = WordLists.load("understanding/references.txt");
    private static final Pattern ITEM_EN = WORDS.pattern("list-item.en", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_ZH = WORDS.pattern("list-item.zh");
    private static final Map<String, String> ORDINALS = WORDS.map("ordinals.en");
    private static final Pattern SEPARATOR_ZH = WORDS.pattern("list-separator.zh");
    private static final Pattern SEPARATOR_EN = WORDS.pattern("list-separator.en", Pattern.CASE_INSENSITIVE);

    /** A clause of a Chinese text: what lies between its stops and commas. */
    private static final Pattern CLAUSE_ZH = Pattern.compile("[^，。：:；;！？!?\\n]+");

    /** What follows a colon in an English sentence, to its end. */
    private static final Pattern AFTER_COLON = Pattern.compile(":\\s*([^.:;\\n]+)");

    /** Fewer items than this make no list worth counting in ("A and B"). */
    private static final int LEAST_ITEMS = 3;

    private ListedItems() {}

    /** The place of the item asked for ("the second one": 2), or empty. */
    public static OptionalInt placeAsked(String question) {
        Matcher en = ITEM_EN.matcher(question);
        if (en.find()) {
            return OptionalInt.of(Integer.parseInt(ORDINALS.get(en.group(1).toLowerCase(Locale.ROOT))));
        }
        Matcher zh = ITEM_ZH.matcher(question);
        return zh.find() ? MeasureReference.number(zh.group(1)) : OptionalInt.empty();
    }

    /** The item at {@code place} (from 1) of the first list of three or more items in {@code text}. */
    public static Optional<String> at(String text, int place) {
        List<String> items = firstList(text);
        return place >= 1 && place <= items.size() ? Optional.of(items.get(place - 1)) : Optional.empty();
    }

    private static List<String> firstList(String text) {
        Matcher clause = CLAUSE_ZH.matcher(text);
        while (clause.find()) {
            List<String> items = split(clause.group(), SEPARATOR_ZH);
            if (items.size() >= LEAST_ITEMS) {
                return items;
            }
        }
        Matcher colon = AFTER_COLON.matcher(text);
        while (colon.find()) {
            List<String> items = split(colon.group(1), SEPARATOR_EN);
            if (items.size() >= LEAST_ITEMS) {
                return items;
            }
        }
        return List.of();
    }

    private static List<String> split(String run, Pattern separator) {
        List<String> items = new ArrayList<>();
        for (String item : separator.split(run)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
