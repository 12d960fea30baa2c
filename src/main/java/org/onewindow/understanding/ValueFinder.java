package org.onewindow.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.FieldValue;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * Finds the values a sentence gives for a form's fields. A field is found by the words that name
 * it (label, aliases, the names of its options) and its value is read from the words after the name
 * ("注册资本大概800万", "the contact will be Frank Zhou") or, when nothing follows, before it
 * ("yes, it needs a fire-safety acceptance"); the asked field may go unnamed ("call me on
 * 185 0846 7215"). A value is read by its type: shaped types (money, dates, phones, codes, numbers,
 * e-mail) by the spans their validator accepts, choices by their option names, yes/no by its
 * words, free text by dropping the framing around it ("my company is called …"). What is stored is
 * the value, never the sentence around it.
 */
final class ValueFinder {
    /** Linking, ending, framing and disowning words, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/value-finder.txt");

    /**
     * The values found: for the asked field (null when the message gives none), and for other
     * fields, by name ({@code named}: the message named them; the others were recognised by shape).
     */
    record Reading(FieldValue asked, Map<String, FieldValue> others, Set<String> named) {}

    private record Mention(FieldNames.Name name, int start, int end) {
        FieldSpec field() {
            return name.field();
        }
    }

    /** Where a clause ends for good: a value never runs across these. */
    private static final Pattern HARD_STOP = Pattern.compile("[。！？!?\\n]");
    /** Words that join a field's name to its value: "is", "should be", "is wrong - it's", "是", "改成", ":", "写错了，是". */
    private static final Pattern LEADING_LINK = WORDS.pattern("leading-link");
    /** Words that end a value: a negated alternative (", not X"), "please", particles, dangling joins. */
    private static final Pattern TRAILING_NOISE = WORDS.pattern("trailing-noise");
    /** Where an aside starts after a one-item value: "，…", "；…", or ", I/we/it/that …". */
    private static final Pattern ASIDE = WORDS.pattern("aside");
    /** "Changsha Xingchen Co., Ltd": a company-type word that is the name's own suffix. */
    private static final Pattern LATIN_NAME_GLUE = Pattern.compile("(?:\\bco\\.?,?|\\bcompany)\\s*$");

    private static final String HAN_JOINS = WORDS.text("han-joins");
    private static final int MAX_FRAMING_HAN = 10;
    private static final int MAX_FRAMING_WORDS = 7;
    /** The last of these in a short opening ends the framing around a free-text value. */
    private static final Pattern CUE = WORDS.pattern("cue");
    /** Verbs that introduce a name after a subject ("we want to register X", "我们要注册X"), never at the very start. */
    private static final Pattern VERB_CUE = WORDS.pattern("verb-cue");

    private static final Pattern RELATIVE_CLAUSE = WORDS.pattern("relative-clause");
    /** "项目经理黄斌": a part of a field's label followed by a person's role names the person, not the field. */
    private static final Pattern ROLE_AFTER = WORDS.pattern("role-after");

    private static final Pattern POSSESSIVE = WORDS.pattern("possessive");
    private static final Pattern GENERIC_NAME = WORDS.pattern("generic-name");
    private static final Pattern CORRECTION_CUE = WORDS.pattern("correction-cue");
    /** A lower-case subject and a few words, then a capitalised name: the name is the value. */
    private static final Pattern SUBJECT_THEN_NAME = WORDS.pattern("subject-then-name");
    /** "填成别的项目的了", "another company's": the field's word names something else, not this form's field. */
    private static final Pattern ANOTHER_ONE = WORDS.pattern("another-one");
    /** Words just before a value that disown it. */
    private static final Pattern DISOWNING = WORDS.pattern("disowning");
    /** Between two names, these make the second part of the first ("legal representative's name"). */
    private static final Pattern NAME_JOIN = WORDS.pattern("name-join");

    private static final Pattern UNCHANGED = WORDS.pattern("unchanged");
    private static final Pattern COMPANY_NAME = WORDS.pattern("company-name");
    private static final Pattern COMPANY_NAME_LABEL = WORDS.pattern("company-name-label");
    /** What may follow a choice typed alone: punctuation, particles, "please", "thanks". */
    private static final Pattern ONLY_POLITENESS = WORDS.pattern("only-politeness");
    /** Words just before an option's name that say it is not the choice: "不想自己盖", "not a factory". */
    private static final Pattern NEGATED_BEFORE = WORDS.pattern("negated-before");
    /** What may stand between the start and the end of one field's label said a little differently. */
    private static final Pattern INSIDE_ONE_NAME = Pattern.compile("\\p{IsHan}{1,4}");
    /** "the tax handler, Cao Ming": a person's role, a comma, then the name. */
    private static final Pattern APPOSITION = WORDS.pattern("apposition");
    /** The rest of an organisation's name after a word inside it: "科技有限公司". */
    private static final Pattern ORGANISATION_RUN = WORDS.pattern("organisation-run");

    private final ValidationContext validation;
    /** The names of a form's visible fields, by the identity of those fields (definitions are immutable). */
    private final Map<FieldsKey, List<FieldNames.Name>> namesCache = new ConcurrentHashMap<>();

    /** A list of fields compared by identity: hashing the records deeply on every message cost more than the lookup saves. */
    private record FieldsKey(List<FieldSpec> fields) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof FieldsKey other) || other.fields.size() != fields.size()) {
                return false;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i) != other.fields.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (FieldSpec f : fields) {
                h = 31 * h + System.identityHashCode(f);
            }
            return h;
        }
    }

    ValueFinder(ValidationContext validation) {
        this.validation = validation;
    }

    /**
     * Reads {@code text} against the form's {@code fields} (the visible ones, in order). {@code asked}
     * is the field the form asks now (null at the summary); an unnamed value is read as its.
     * {@code open} are the fields whose values may also be recognised by shape alone (a date when
     * the form has one date field left to fill, say).
     */
    Reading read(String text, List<FieldSpec> fields, FieldSpec asked, Set<String> open) {
        if (asked != null
                && exactChoice(text, asked)) { // "invoices": the asked choice, though another field has that name
            return new Reading(
                    new FieldValue(asked.name(), FieldValidators.validate(text, asked.view(), validation)),
                    Map.of(),
                    Set.of());
        }
        String folded = Inputs.foldWidth(text);
        String lower = folded.toLowerCase(Locale.ROOT);
        List<Mention> mentions = mentions(text, lower, fields, asked);
        Map<String, FieldValue> others = new LinkedHashMap<>();
        List<int[]> claimed = new ArrayList<>();
        mentions.forEach(m -> claimed.add(new int[] {m.start(), m.end()}));
        FieldValue askedValue = null;
        List<int[]> textSpans = new ArrayList<>();
        Map<String, int[]> otherTextSpans = new java.util.HashMap<>();
        boolean askedNamed = mentions.stream().anyMatch(m -> m.field() == asked);
        if (asked != null && !askedNamed && PersonNames.isPersonField(asked)) {
            // A name is found in its whole clause, whatever field words stand around it ("由项目经理马俊陪同").
            askedValue = plain(text, lower, asked, 0, firstStop(lower), true);
            if (askedValue != null
                    && !PersonNames.isName(String.valueOf(askedValue.result().value()))) {
                askedValue = null;
            }
        }
        if (asked != null && !askedNamed && asked.type() == FieldType.TEXT && askedValue == null) {
            askedValue = unnamed(text, folded, lower, asked, mentions, claimed);
            textSpans.add(new int[] {0, Math.min(nextBoundary(lower, mentions, 0, true), firstStop(lower))});
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (others.containsKey(m.field().name())
                    || askedValue != null && m.field() == asked
                    || m.name().option() != null && overlaps(textSpans, m.start(), m.end())) {
                continue;
            }
            int end = nextBoundary(lower, mentions, i + 1, m.field().type() == FieldType.TEXT);
            end = Math.min(end, hardStop(lower, m.end()));
            int previousEnd = i > 0 ? mentions.get(i - 1).end() : 0;
            FieldValue v = m.name().option() != null
                    ? new FieldValue(
                            m.field().name(),
                            FieldValidators.validate(
                                    m.name().option().value(), m.field().view(), validation))
                    : valueAfterOrBefore(text, folded, lower, m, end, previousEnd, claimed);
            if (v == null) {
                continue;
            }
            if (m.field().type() == FieldType.TEXT) {
                textSpans.add(new int[] {m.end(), end});
                if (m.field() != asked) {
                    otherTextSpans.put(m.field().name(), new int[] {m.end(), end});
                }
            }
            if (m.field() == asked) {
                askedValue = v;
            } else {
                others.put(m.field().name(), v);
            }
        }
        if (asked != null && askedValue == null) {
            int claimedBefore = claimed.size();
            askedValue = unnamed(text, folded, lower, asked, mentions, claimed);
            if (askedValue != null && askedValue.result().isOk() && claimed.size() > claimedBefore) {
                // "协议是这个月1号签的": the date asked for is what follows "协议", not the agreement's number
                int[] span = claimed.get(claimed.size() - 1);
                otherTextSpans.forEach((field, t) -> {
                    if (t[0] <= span[0] && span[1] <= t[1]) {
                        others.remove(field);
                    }
                });
            }
        }
        Set<String> named = new java.util.HashSet<>(others.keySet());
        if (asked != null && askedNamed && askedValue == null && asked.type() == FieldType.TEXT) {
            // "the fire design review opinion is X": named in other words than its label, then given
            askedValue = plain(text, lower, asked, 0, firstStop(lower), true);
        }
        personAside(text, fields, asked, open, others);
        for (FieldSpec f : fields) {
            if (f != asked
                    && !others.containsKey(f.name())
                    && open.contains(f.name())
                    && Shapes.distinctive(f, fields)) {
                FieldValue v = shaped(folded, lower, f, 0, lower.length(), claimed, false, true);
                if (v != null && v.result().isOk()) {
                    others.put(f.name(), v);
                }
            }
            if (f != asked
                    && !others.containsKey(f.name())
                    && open.contains(f.name())
                    && f.type() == FieldType.TEXT
                    && COMPANY_NAME_LABEL
                            .matcher(f.label().en() + " " + f.label().zh())
                            .find()) {
                FieldValue v = companyName(folded, f, claimed, textSpans);
                if (v != null) {
                    others.put(f.name(), v);
                }
            }
        }
        return new Reading(askedValue, others, named);
    }

    /** "…3栋1602，到了找龙晓燕" while the address is asked: the one person still to give, named beside it. */
    private void personAside(
            String text, List<FieldSpec> fields, FieldSpec asked, Set<String> open, Map<String, FieldValue> others) {
        List<FieldSpec> people = fields.stream()
                .filter(f -> f != asked && PersonNames.isPersonField(f) && open.contains(f.name()))
                .toList();
        if (people.size() != 1 || others.containsKey(people.get(0).name())) {
            return;
        }
        String name = PersonNames.contactAside(text);
        if (name != null) {
            ValidationResult r = FieldValidators.validate(name, people.get(0).view(), validation);
            if (r.isOk()) {
                others.put(people.get(0).name(), new FieldValue(people.get(0).name(), r));
            }
        }
    }

    /** "公司叫长沙味湘源餐饮管理有限公司" while the code is asked: a company's name known by its shape. */
    private FieldValue companyName(String folded, FieldSpec f, List<int[]> claimed, List<int[]> textSpans) {
        Matcher m = COMPANY_NAME.matcher(folded);
        while (m.find()) {
            if (overlaps(claimed, m.start(), m.end()) || overlaps(textSpans, m.start(), m.end())) {
                continue;
            }
            ValidationResult r =
                    FieldValidators.validate(withoutTrailingNoise(withoutFraming(m.group())), f.view(), validation);
            if (r.isOk()) {
                claimed.add(new int[] {m.start(), m.end()});
                return new FieldValue(f.name(), r);
            }
        }
        return null;
    }

    /** The asked field's value when the message does not name it. */
    private FieldValue unnamed(
            String text, String folded, String lower, FieldSpec asked, List<Mention> mentions, List<int[]> claimed) {
        if (ValueSpans.shaped(asked.type())) {
            return shaped(folded, lower, asked, 0, lower.length(), claimed, true, false);
        }
        if (asked.type() == FieldType.BOOLEAN) {
            // Whether an unprompted yes/no is meant is judged on the whole clause, not on its first words.
            return plain(text, lower, asked, 0, firstStop(lower), true);
        }
        int end = Math.min(nextBoundary(lower, mentions, 0, true), firstStop(lower));
        if (end == 0 && !mentions.isEmpty()) {
            return null; // the message is about other fields
        }
        return plain(text, lower, asked, 0, end, true);
    }

    private FieldValue valueAfterOrBefore(
            String text, String folded, String lower, Mention m, int end, int previousEnd, List<int[]> claimed) {
        if (UNCHANGED.matcher(lower.substring(m.end(), end)).lookingAt()) {
            return null; // "电话不变": the answer stays
        }
        boolean shaped = ValueSpans.shaped(m.field().type());
        FieldValue after = shaped
                ? shaped(folded, lower, m.field(), m.end(), end, claimed, false, false)
                : plain(text, lower, m.field(), m.end(), end, false);
        if (after != null && after.result().isOk()) {
            return after;
        }
        if (after == null && shaped && linked(text.substring(m.end(), end), lower.substring(m.end(), end))) {
            // "change the registered capital to lots": named with a link, but no value to read — say why
            String said = withoutTrailingNoise(withoutLink(folded.substring(m.end(), end)));
            if (!said.isBlank()) {
                after = new FieldValue(
                        m.field().name(),
                        FieldValidators.validate(said, m.field().view(), validation));
            }
        }
        int start = clauseStart(lower, m.start(), previousEnd);
        if (start < m.start() && m.field().type() != FieldType.TEXT) {
            FieldValue before = shaped
                    ? shaped(folded, lower, m.field(), start, m.start(), claimed, false, false)
                    : plain(text, lower, m.field(), start, m.start(), false);
            if (before != null && before.result().isOk()) {
                return before;
            }
        }
        if (after == null && m.field().type() == FieldType.BOOLEAN && m.name().exact()) {
            // "需要消防验收的": naming a yes/no field's statement affirms it, unless it is negated before.
            String lead = lower.substring(start, m.start());
            boolean negated = YesNo.negates(lead);
            return new FieldValue(
                    m.field().name(),
                    FieldValidators.validate(
                            Boolean.toString(!negated), m.field().view(), validation));
        }
        return after;
    }

    /** A shaped value between {@code from} and {@code to}: the first span its validator accepts, else the first refused one. */
    private FieldValue shaped(
            String folded,
            String lower,
            FieldSpec f,
            int from,
            int to,
            List<int[]> claimed,
            boolean wholeTextFallback,
            boolean byShapeOnly) {
        String window = lower.substring(from, to);
        ValidationResult refused = null;
        for (int[] span : ValueSpans.find(f.type(), window)) {
            int s = from + span[0];
            int e = from + span[1];
            if (overlaps(claimed, s, e) || disowned(lower, from, s) || Shapes.unitForeign(f, lower, e)) {
                continue;
            }
            ValidationResult r = FieldValidators.validate(folded.substring(s, e), f.view(), validation);
            if (r.isOk() && (!byShapeOnly || Shapes.unitFits(f, lower, e))) {
                claimed.add(new int[] {s, e});
                return new FieldValue(f.name(), r);
            }
            if (refused == null && !r.isOk()) {
                refused = r;
                if (wholeTextFallback) {
                    claimed.add(new int[] {s, e});
                }
            }
        }
        if (refused != null) {
            return new FieldValue(f.name(), refused);
        }
        if (wholeTextFallback) {
            return new FieldValue(f.name(), FieldValidators.validate(folded.substring(from, to), f.view(), validation));
        }
        return null;
    }

    /** Whether the value at {@code at} is one the user says it is not: "不是1.8亿，是2.1亿", "not 5 million but 8". */
    private static boolean disowned(String lower, int from, int at) {
        return DISOWNING.matcher(lower.substring(from, at)).find();
    }

    /** A free-text, yes/no or choice value between {@code from} and {@code to}, without the words around it. */
    private FieldValue plain(String text, String lower, FieldSpec f, int from, int to, boolean unnamed) {
        String raw = text.substring(from, to);
        String rawLower = lower.substring(from, to);
        if (f.type() == FieldType.BOOLEAN) {
            Boolean yes = YesNo.read(rawLower, f, unnamed);
            return yes == null
                    ? null
                    : new FieldValue(f.name(), FieldValidators.validate(yes.toString(), f.view(), validation));
        }
        if (f.type() == FieldType.ENUM) {
            String meant = Paraphrases.withoutNegated(rawLower); // "there was no resolution" names no choice
            ValidationResult r = meant.equals(rawLower)
                    ? FieldValidators.validate(raw, f.view(), validation)
                    : FieldValidators.validate(meant, f.view(), validation);
            if (!r.isOk()) {
                String option = Paraphrases.option(rawLower, f);
                if (option != null) {
                    r = FieldValidators.validate(option, f.view(), validation);
                }
            }
            return r.isOk() || unnamed ? new FieldValue(f.name(), r) : null;
        }
        boolean apposition =
                PersonNames.isPersonField(f) && APPOSITION.matcher(raw).lookingAt();
        if (!unnamed && !linked(raw, rawLower) && !apposition) {
            return null; // "…project, fire filing is enough": the name is not followed by a value
        }
        String given = apposition ? raw.strip().substring(1) : raw;
        String value = withoutTrailingNoise(unnamed ? withoutFraming(given) : afterCorrectionCue(withoutLink(given)));
        String beforeAside = value;
        if (oneItem(f)) {
            value = withoutTrailingNoise(beforeAside(value));
        }
        if (PersonNames.isPersonField(f)) {
            String english = PersonNames.english(raw);
            boolean framed = !value.equals(raw.strip());
            String chinese = framed || value.codePointCount(0, value.length()) > 4 ? PersonNames.in(value) : null;
            if (chinese == null && !beforeAside.equals(value)) { // "我们财务，叫孙丽萍": the name is after the aside
                chinese = PersonNames.in(beforeAside);
            }
            value = english != null ? english : chinese != null ? chinese : framed ? null : value;
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        return new FieldValue(f.name(), FieldValidators.validate(value, f.view(), validation));
    }

    /** A short free-text value (a name, a number, an address) is one item: a clause after it is an aside. */
    private static boolean oneItem(FieldSpec f) {
        return f.type() == FieldType.TEXT
                && f.constraints().maxLength() != null
                && f.constraints().maxLength() <= 120;
    }

    /**
     * "湖南青禾农业科技有限公司 吧，不知道有没有重名的" → the name; "XC-2026-014, I swapped the last two digits"
     * → the number: a Chinese clause break, or an English one before a new subject, ends the value.
     */
    static String beforeAside(String value) {
        Matcher m = ASIDE.matcher(value);
        return m.find() && m.start() >= 2 ? value.substring(0, m.start()) : value;
    }

    /** The whole message is one of the asked choice's names, or a bare yes/no. */
    private boolean exactChoice(String text, FieldSpec asked) {
        String bare = withoutTrailingNoise(text);
        String dropped =
                text.strip().substring(Math.min(bare.length(), text.strip().length()));
        if (dropped.length() > SHORT_WORDS || !ONLY_POLITENESS.matcher(dropped).matches()) {
            return false; // "come to our office please, next Tuesday morning": more than the choice
        }
        String key = FieldNames.key(bare);
        if (asked.type() == FieldType.ENUM) {
            return asked.choices().stream()
                    .anyMatch(o -> FieldNames.optionNames(o).contains(key));
        }
        // A bare yes or no: two words at most and no figures ("有的，证号是建字第…号" gives the number too).
        return asked.type() == FieldType.BOOLEAN
                && key.split("\\s+").length <= 2
                && key.chars().noneMatch(Character::isDigit)
                && FieldValidators.validate(text, asked.view(), validation).isOk();
    }

    /** Whether a value follows a field's name here: a linking word, or Chinese written straight on. */
    private static boolean linked(String raw, String rawLower) {
        Matcher m = leading(LEADING_LINK, rawLower);
        if (m.lookingAt() && m.end() > 0 && !rawLower.substring(0, m.end()).matches("[\\s,，]+")) {
            return true;
        }
        String s = raw.stripLeading();
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.isLetterOrDigit(c)
                        && (raw.length() == s.length() || Character.isDigit(c) || Character.isUpperCase(c));
    }

    /** "刚才说错了，应该是X" → "X": what follows the last correction cue, else the text as it is. */
    static String afterCorrectionCue(String raw) {
        Matcher m = CORRECTION_CUE.matcher(raw.toLowerCase(Locale.ROOT));
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        return cut < 0 ? raw : withoutLink(raw.substring(cut));
    }

    /** "my company is called X" → "X": the words after the last cue of a short opening without digits. */
    static String withoutFraming(String raw) {
        String s = raw.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        int cut = lastCue(CUE.matcher(lower), s, false);
        cut = Math.max(cut, lastCue(VERB_CUE.matcher(lower), s, true));
        Matcher subject = SUBJECT_THEN_NAME.matcher(s);
        if (cut < 0 && subject.lookingAt()) { // "we've finished Xingchen Smart Manufacturing Base"
            cut = subject.start(1);
        }
        return withoutLink(cut < 0 ? s : s.substring(cut));
    }

    /** The end of the last cue whose opening is short and has no digits (and, for verbs, is not empty). */
    private static int lastCue(Matcher m, String s, boolean needsSubject) {
        int cut = -1;
        while (m.find()) {
            String before = s.substring(0, m.start());
            if (before.chars().anyMatch(Character::isDigit) || !shortFraming(before)) {
                break;
            }
            if (!needsSubject || !before.isBlank()) {
                cut = m.end();
            }
        }
        return cut;
    }

    private static boolean shortFraming(String before) {
        long han = before.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        long words = java.util.Arrays.stream(before.trim().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .count();
        return han <= MAX_FRAMING_HAN && words <= MAX_FRAMING_WORDS;
    }

    /**
     * How far from either end of a message its linking and ending words are looked for. The
     * expressions repeat alternatives, which Java's regex engine matches by recursion: a message of
     * thousands of 是 or commas would overflow the stack if they were run over all of it.
     */
    private static final int SHORT_WORDS = 120;

    /** A matcher for words at the start of {@code s}, over its first {@link #SHORT_WORDS} characters. */
    static Matcher leading(Pattern p, String s) {
        return p.matcher(s).region(0, Math.min(s.length(), SHORT_WORDS));
    }

    /** A matcher for words at the end of {@code s}, over its last {@link #SHORT_WORDS} characters. */
    static Matcher trailing(Pattern p, String s) {
        return p.matcher(s).useTransparentBounds(true).region(Math.max(0, s.length() - SHORT_WORDS), s.length());
    }

    static String withoutLink(String raw) {
        String s = raw.strip();
        Matcher m = leading(LEADING_LINK, s.toLowerCase(Locale.ROOT));
        if (m.lookingAt()) {
            s = s.substring(m.end());
        }
        return s.strip();
    }

    static String withoutTrailingNoise(String raw) {
        String s = raw.strip();
        for (int i = 0; i < 6; i++) {
            Matcher m = trailing(TRAILING_NOISE, s);
            if (!m.find()) {
                break;
            }
            s = s.substring(0, m.start()).strip();
        }
        return s;
    }

    /** The names of a form's visible fields, worked out once per list of fields. */
    List<FieldNames.Name> names(List<FieldSpec> fields) {
        if (namesCache.size() > 1_000) {
            namesCache.clear(); // reloaded definitions leave their keys behind
        }
        return namesCache.computeIfAbsent(new FieldsKey(List.copyOf(fields)), k -> FieldNames.of(k.fields()));
    }

    /** The field names in the text: longest first, none inside another, a name's own suffix not a choice. */
    private List<Mention> mentions(String text, String lower, List<FieldSpec> fields, FieldSpec asked) {
        List<FieldNames.Name> names = names(fields);
        List<Mention> found = new ArrayList<>();
        for (FieldNames.Name n : names) {
            int at = lower.indexOf(n.text());
            while (at >= 0) {
                int end = at + n.text().length();
                if (FieldNames.boundedAt(lower, at, end, n.text())
                        && !(n.option() != null
                                && NEGATED_BEFORE
                                        .matcher(lower.substring(Math.max(0, at - 12), at))
                                        .find())
                        && !modifier(lower, at, end)
                        && !ROLE_AFTER
                                .matcher(lower)
                                .region(end, lower.length())
                                .lookingAt()
                        && !insideProperName(text, at, end)
                        && !(n.option() == null && insideChineseName(lower, at, end))
                        && !(!n.exact()
                                && n.option() == null
                                && n.field().label().zh().startsWith(n.text())
                                && insideHanWord(lower, at, end))) {
                    found.add(new Mention(n, at, end));
                }
                at = lower.indexOf(n.text(), at + 1);
            }
        }
        found.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start())
                .reversed()
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            int overlapping = -1;
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).start() < m.end() && m.start() < kept.get(i).end()) {
                    overlapping = i;
                    break;
                }
            }
            if (overlapping < 0) {
                kept.add(m);
            } else if (kept.get(overlapping).field() == m.field()
                    && m.name().option() == null
                    && kept.get(overlapping).name().option() == null) { // "施工许可" + "许可证号": one name
                Mention k = kept.get(overlapping);
                kept.set(
                        overlapping, new Mention(k.name(), Math.min(k.start(), m.start()), Math.max(k.end(), m.end())));
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        // "the legal representative's name is …": a generic name straight after another belongs to it.
        List<Mention> joined = new ArrayList<>();
        for (Mention m : kept) {
            Mention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null
                    && last.name().option() == null
                    && m.name().option() == null
                    && m.field() != last.field()
                    && NAME_JOIN.matcher(lower.substring(last.end(), m.start())).matches()) {
                joined.set(joined.size() - 1, new Mention(last.name(), last.start(), m.end()));
            } else if (last != null
                    && last.name().option() == null
                    && m.name().option() == null
                    && m.field() == last.field()
                    && INSIDE_ONE_NAME
                            .matcher(lower.substring(last.end(), m.start()))
                            .matches()) {
                // "消防审查意见书文号" for 消防设计审查意见书文号: the label's head and tail, said with a word left out
                joined.set(joined.size() - 1, new Mention(last.name(), last.start(), m.end()));
            } else {
                joined.add(m);
            }
        }
        return mostSpecificOptions(joined);
    }

    /**
     * "厂房要按我们自己的工艺定制，得自己盖": where two options of one field are named, the longer name
     * says more ("自己盖" over "厂房"); names as long as each other leave the first.
     */
    private static List<Mention> mostSpecificOptions(List<Mention> mentions) {
        Map<FieldSpec, Integer> longest = new java.util.IdentityHashMap<>();
        Map<FieldSpec, Set<String>> options = new java.util.IdentityHashMap<>();
        for (Mention m : mentions) {
            if (m.name().option() != null) {
                longest.merge(m.field(), m.end() - m.start(), Math::max);
                options.computeIfAbsent(m.field(), k -> new java.util.HashSet<>())
                        .add(m.name().option().value());
            }
        }
        return mentions.stream()
                .filter(m -> m.name().option() == null
                        || options.get(m.field()).size() < 2
                        || m.end() - m.start() == longest.get(m.field()))
                .toList();
    }

    /**
     * Where the value after mention {@code from - 1} ends: at the next mention, except that a
     * free-text value runs on over a company-type word glued to it ("长沙云帆数字科技有限公司").
     */
    private static int nextBoundary(String lower, List<Mention> mentions, int from, boolean text) {
        for (int i = from; i < mentions.size(); i++) {
            Mention next = mentions.get(i);
            if (!(text && next.name().option() != null && glued(lower, next.start()))) {
                return next.start();
            }
        }
        return lower.length();
    }

    /**
     * A name that only describes something else: "签协议的是X" (the one who signed the agreement is X),
     * "竣工的是X", "my name is X" (the user's own name, not the company's).
     */
    private static boolean modifier(String lower, int start, int end) {
        return RELATIVE_CLAUSE.matcher(lower).region(end, lower.length()).lookingAt()
                || ANOTHER_ONE
                        .matcher(lower.substring(Math.max(0, start - 10), start))
                        .find()
                || POSSESSIVE
                                .matcher(lower.substring(Math.max(0, start - 8), start))
                                .find()
                        && GENERIC_NAME.matcher(lower.substring(start, end)).matches();
    }

    /** "Orient Supply Chain Co., Ltd": a capitalised word between capitalised words is part of a name, not a field's. */
    private static boolean insideProperName(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        return capitalisedWordBefore(text, start) || capitalisedWordAfter(text, end);
    }

    /**
     * "长沙星澜电子科技有限公司": a field's word glued inside a run of characters that ends in an
     * organisation's suffix is part of the name ("电子" is no e-mail there), unless a link follows it.
     */
    private static boolean insideChineseName(String lower, int start, int end) {
        if (start == 0 || Character.UnicodeScript.of(lower.codePointBefore(start)) != Character.UnicodeScript.HAN) {
            return false;
        }
        Matcher link = leading(LEADING_LINK, lower.substring(end));
        if (link.lookingAt() && link.end() > 0) {
            return false;
        }
        return ORGANISATION_RUN.matcher(lower).region(end, lower.length()).lookingAt();
    }

    /**
     * "国家企业信用信息公示系统": a part of a label ("企业" of 企业名称) with characters glued on both sides
     * and no link after it is a piece of another word.
     */
    private static boolean insideHanWord(String lower, int start, int end) {
        if (start == 0 || end >= lower.length()) {
            return false;
        }
        boolean hanBefore = Character.UnicodeScript.of(lower.codePointBefore(start)) == Character.UnicodeScript.HAN;
        boolean hanAfter = Character.UnicodeScript.of(lower.codePointAt(end)) == Character.UnicodeScript.HAN;
        if (!hanBefore || !hanAfter) {
            return false;
        }
        Matcher link = leading(LEADING_LINK, lower.substring(end));
        return !(link.lookingAt() && link.end() > 0);
    }

    private static boolean capitalisedWordBefore(String text, int start) {
        int i = start - 1;
        if (i < 0 || text.charAt(i) != ' ') {
            return false;
        }
        while (i > 0 && text.charAt(i - 1) != ' ' && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < start - 1 && Character.isUpperCase(text.charAt(i));
    }

    private static boolean capitalisedWordAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /** A company-type word glued to the words before it ("科技有限公司", "Co., Ltd") belongs to a name. */
    private static boolean glued(String lower, int start) {
        if (start == 0) {
            return false;
        }
        if (LATIN_NAME_GLUE
                .matcher(lower.substring(Math.max(0, start - 10), start))
                .find()) {
            return true;
        }
        int before = lower.codePointBefore(start);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && HAN_JOINS.indexOf(before) < 0;
    }

    private static int hardStop(String lower, int from) {
        Matcher m = HARD_STOP.matcher(lower);
        return m.find(from) ? m.start() : lower.length();
    }

    /** The end of the first clause, where an unnamed free-text answer stops when other fields follow. */
    private static int firstStop(String lower) {
        Matcher m = HARD_STOP.matcher(lower);
        return m.find() && m.start() > 0 ? m.start() : lower.length();
    }

    /** Where the clause holding {@code at} starts, not before {@code floor}. */
    private static int clauseStart(String lower, int at, int floor) {
        int i = at;
        while (i > floor && ",，;；。!?！？\n".indexOf(lower.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static boolean overlaps(List<int[]> claimed, int s, int e) {
        return claimed.stream().anyMatch(c -> c[0] < e && s < c[1]);
    }
}
