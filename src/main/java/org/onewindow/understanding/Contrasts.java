package org.onewindow.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.FieldValue;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.process.Answer;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * A part of an earlier answer put right by saying what it replaces: "ask for Helen Hsu not Xu",
 * "her number ends in 4360 not 4306", "Unit 1209, not 1208", "后四位是0873不是0837". The replaced
 * part must stand in exactly one answer, and the answer with the new part must still be valid.
 */
final class Contrasts {
    private static final WordLists WORDS = WordLists.load("understanding/corrections.txt");
    private static final List<Pattern> CONTRAST = WORDS.patterns("contrast");

    private record Pair(String said, String instead) {}

    /** "10月的", "2917了": what ends a Chinese part without being part of it. */
    private static final Pattern PARTICLES = WORDS.pattern("contrast-particles");
    /** "Jason Pang with an a": how a spelling is told, not part of it. */
    private static final Pattern SPELLING = Pattern.compile("(?i)\\s+(?:with|spelt with|spelled with) an? \\w$");

    private Contrasts() {}

    /**
     * The answers the text corrects by contrast, by field: each the stored value with the replaced
     * part swapped for the new one. {@code named}: fields the text names, which settle a part that
     * stands in several answers.
     */
    static Map<String, FieldValue> corrections(
            String text,
            List<FieldSpec> fields,
            Map<String, Answer> answers,
            Set<String> named,
            ValidationContext validation) {
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (Pair pair : pairs(Inputs.foldWidth(text))) {
            List<FieldSpec> holding = fields.stream()
                    .filter(f -> f.type() != FieldType.FILE && answers.containsKey(f.name()))
                    .filter(f -> partAt(answers.get(f.name()).value(), pair.instead()) >= 0)
                    .toList();
            if (holding.size() > 1) {
                holding = holding.stream().filter(f -> named.contains(f.name())).toList();
            }
            if (holding.size() != 1 || out.containsKey(holding.get(0).name())) {
                continue;
            }
            FieldSpec f = holding.get(0);
            String stored = answers.get(f.name()).value();
            int at = partAt(stored, pair.instead());
            String before = stored.substring(0, at);
            String after = stored.substring(at + pair.instead().length());
            String said = aligned(pair, before, after);
            if (said == null) {
                continue;
            }
            String changed = before + said + after;
            ValidationResult r = FieldValidators.validate(changed, f.view(), validation);
            if (r.isOk() && !changed.equals(stored)) {
                out.put(f.name(), new FieldValue(f.name(), r));
            }
        }
        return out;
    }

    /** The new and replaced parts as said ("ask for Helen Hsu", "Xu"). */
    private static List<Pair> pairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        for (Pattern p : CONTRAST) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                pairs.add(new Pair(
                        SPELLING.matcher(PARTICLES
                                        .matcher(m.group("said").strip())
                                        .replaceAll(""))
                                .replaceAll(""),
                        PARTICLES.matcher(m.group("instead").strip()).replaceAll("")));
            }
        }
        return pairs;
    }

    /**
     * The new part alone, lined up with the stored answer: what the answer keeps before and after
     * the replaced part is cut from the words said ("麓谷创新中心C区" for "麓谷创新中心B区" → "C区";
     * "ask for Helen Hsu" for "Helen Xu" → "Hsu"); where nothing lines up, as many words as the
     * replaced part has ("ends in 4360" → "4360"). Null when the parts differ in shape.
     */
    private static String aligned(Pair pair, String before, String after) {
        String said = pair.said();
        int cut = -1;
        for (int n = before.length(); n >= 2 && cut < 0; n--) {
            int found = indexOf(said, before.substring(before.length() - n));
            if (found >= 0) {
                cut = found + n;
            }
        }
        if (cut >= 0) {
            said = said.substring(cut);
        } else {
            String[] words = said.split("\\s+");
            int k = pair.instead().split("\\s+").length;
            said = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - k), words.length));
        }
        for (int n = Math.min(after.length(), said.length() - 1); n >= 1; n--) {
            if (said.toLowerCase(Locale.ROOT).endsWith(after.substring(0, n).toLowerCase(Locale.ROOT))) {
                said = said.substring(0, said.length() - n);
                break;
            }
        }
        said = said.strip();
        return sameShape(said, pair.instead()) ? said : null;
    }

    /** Digits for digits, words for words: "4360" for "4306", "Hsu" for "Xu", never "Tuesday" for "5". */
    private static boolean sameShape(String said, String instead) {
        return !said.isEmpty()
                && !said.equalsIgnoreCase(instead)
                && said.chars().allMatch(Character::isDigit) == instead.chars().allMatch(Character::isDigit)
                && said.chars().anyMatch(Character::isDigit) == instead.chars().anyMatch(Character::isDigit);
    }

    /**
     * Where the replaced part stands in an answer, a part with letters as a whole word ("German" is no
     * part of "Germany"; "0837" is a part of "15116290837"); -1 if nowhere.
     */
    private static int partAt(String stored, String part) {
        String lower = stored.toLowerCase(Locale.ROOT);
        String p = part.toLowerCase(Locale.ROOT);
        boolean letters = p.chars().anyMatch(c -> isLatinLetter((char) c));
        for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
            int end = at + p.length();
            boolean whole = (at == 0 || !isLatinLetter(lower.charAt(at - 1)))
                    && (end == lower.length() || !isLatinLetter(lower.charAt(end)));
            if (!letters || whole) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static int indexOf(String stored, String part) {
        return stored.toLowerCase(Locale.ROOT).indexOf(part.toLowerCase(Locale.ROOT));
    }
}
