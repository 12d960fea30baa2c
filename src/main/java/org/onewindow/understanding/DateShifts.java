package org.onewindow.understanding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.FieldValue;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.process.Answer;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * An earlier date moved by a span: "开工往后推一个礼拜吧", "提前两天", "push it back a week". The
 * date is the one the message names, else the only date answered; the moved date is validated as
 * if typed (a working day where the field wants one).
 */
final class DateShifts {
    private static final WordLists WORDS = WordLists.load("understanding/corrections.txt");
    private static final Pattern ZH = WORDS.pattern("date-shift.zh");
    private static final Pattern EN = WORDS.pattern("date-shift.en", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> UNITS = WORDS.map("date-shift-units");
    private static final Map<String, String> COUNTS = WORDS.map("date-shift-counts");

    private DateShifts() {}

    static Optional<FieldValue> correction(
            String text,
            List<FieldSpec> fields,
            Map<String, Answer> answers,
            Set<String> named,
            ValidationContext validation) {
        String lower = Inputs.foldWidth(text).toLowerCase(Locale.ROOT);
        Matcher m = ZH.matcher(lower);
        boolean found = m.find() && (m.group("later") != null || m.group("earlier") != null);
        if (!found) {
            m = EN.matcher(lower);
            found = m.find();
        }
        if (!found) {
            return Optional.empty();
        }
        List<FieldSpec> dates = fields.stream()
                .filter(f -> f.type() == FieldType.DATE && answers.containsKey(f.name()))
                .toList();
        List<FieldSpec> namedDates =
                dates.stream().filter(f -> named.contains(f.name())).toList();
        List<FieldSpec> candidates = namedDates.isEmpty() ? dates : namedDates;
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        FieldSpec f = candidates.get(0);
        LocalDate stored;
        try {
            stored = LocalDate.parse(answers.get(f.name()).value());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        int count = count(m.group("count"));
        if (count <= 0) {
            return Optional.empty();
        }
        boolean earlier = m.group("earlier") != null || isEarlier(m);
        int sign = earlier ? -1 : 1;
        String unit = UNITS.getOrDefault(m.group("unit"), "day");
        LocalDate moved = switch (unit) {
            case "week" -> stored.plusWeeks((long) sign * count);
            case "month" -> stored.plusMonths((long) sign * count);
            default -> stored.plusDays((long) sign * count);
        };
        return Optional.of(new FieldValue(f.name(), FieldValidators.validate(moved.toString(), f.view(), validation)));
    }

    /** "two days earlier", "a week sooner": the English words after the span that move a date earlier. */
    private static boolean isEarlier(Matcher m) {
        String direction = m.pattern() == EN ? m.group("direction") : null;
        return direction != null && Set.of("earlier", "forward", "sooner").contains(direction);
    }

    /** "2", "two", "两": the count, or -1. */
    private static int count(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        String n = COUNTS.get(word);
        return n == null ? -1 : Integer.parseInt(n);
    }
}
