package org.onewindow.form;

import java.math.BigDecimal;
import java.util.Locale;
import org.onewindow.shared.WordLists;

/** A number ("50", "５０", "五十", "50人", "1,200 sqm"), with optional min, max and integer rules. */
final class NumberValidator implements FieldValidator {

    /** What a count may end with: its unit ("50人", "1,200 sqm"), in English and Chinese. */
    private static final String UNIT_SUFFIX =
            WordLists.load("understanding/numbers.txt").regex("unit-suffix");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String s = Inputs.foldWidth(text).toLowerCase(Locale.ROOT).trim().replaceAll(UNIT_SUFFIX, "");
        boolean negative = s.startsWith("-") || s.startsWith(Numbers.MINUS);
        if (negative) {
            s = s.substring(s.startsWith("-") ? 1 : Numbers.MINUS.length());
        }
        BigDecimal n = Numbers.parse(s);
        if (n == null) {
            return FieldTexts.error("process.field.number.notANumber");
        }
        if (negative) {
            n = n.negate();
        }
        FieldRules rules = field.rules();
        if (rules.integer() && n.stripTrailingZeros().scale() > 0) {
            return FieldTexts.error("process.field.number.notWhole");
        }
        boolean tooSmall = rules.min() != null && n.compareTo(rules.min()) < 0;
        boolean tooBig = rules.max() != null && n.compareTo(rules.max()) > 0;
        if (tooSmall || tooBig) {
            if (rules.min() != null && rules.max() != null) {
                return FieldTexts.error(
                        "process.field.number.outOfRange",
                        "label",
                        field.label(),
                        "min",
                        Amounts.grouped(rules.min()),
                        "max",
                        Amounts.grouped(rules.max()),
                        "n",
                        Amounts.grouped(n));
            }
            if (tooSmall) {
                return FieldTexts.error(
                        "process.field.number.belowMin", "label", field.label(), "min", Amounts.grouped(rules.min()));
            }
            return FieldTexts.error(
                    "process.field.number.aboveMax", "label", field.label(), "max", Amounts.grouped(rules.max()));
        }
        return ValidationResult.ok(n, Amounts.grouped(n));
    }
}
