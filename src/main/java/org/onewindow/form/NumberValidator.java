package org.onewindow.form;

import java.math.BigDecimal;
import java.util.Locale;
import org.onewindow.shared.WordLists;

/** A number ("50", "５０", "五十", "50人", "1,200 sqm"), with optional min, max and integer rules. */
final class NumberValidator implements FieldValidator {

    /** What a count may end with: its unit ("50人", "1,200 sqm"), in English and Chinese. */
    private static final String UNIT_SUFFIX = WordLists.load("understanding/numbers.txt").regex("unit-suffix");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String s = Inputs.foldWidth(text).toLowerCase(Locale.ROOT).trim().replaceAll(UNIT_SUFFIX, "");
        boolean negative = s.startsWith("-") || s.startsWith(Numbers.MINUS);
        if (negative) {
            s = s.substring(s.startsWith("-") ? 1 : Numbers.MINUS.length());
        }
        BigDecimal n = Numbers.parse(s);
        if (n == null) {
            return ValidationResult.error("Please answer with a number, e.g. 50.", "请填写一个数字，例如 50。");
        }
        if (negative) {
            n = n.negate();
        }
        FieldRules rules = field.rules();
        if (rules.integer() && n.stripTrailingZeros().scale() > 0) {
            return ValidationResult.error("Please give a whole number.", "请填写整数。");
        }
        boolean tooSmall = rules.min() != null && n.compareTo(rules.min()) < 0;
        boolean tooBig = rules.max() != null && n.compareTo(rules.max()) > 0;
        if (tooSmall || tooBig) {
            if (rules.min() != null && rules.max() != null) {
                return ValidationResult.error(
                        "The " + field.label().en() + " must be between " + Numbers.grouped(rules.min()) + " and "
                                + Numbers.grouped(rules.max()) + "; you gave " + Numbers.grouped(n) + ".",
                        field.label().zh() + "应在" + Numbers.grouped(rules.min()) + "到" + Numbers.grouped(rules.max())
                                + "之间，您填写的是" + Numbers.grouped(n) + "。");
            }
            if (tooSmall) {
                return ValidationResult.error(
                        "The " + field.label().en() + " must be at least " + Numbers.grouped(rules.min()) + ".",
                        field.label().zh() + "不能小于" + Numbers.grouped(rules.min()) + "。");
            }
            return ValidationResult.error(
                    "The " + field.label().en() + " can be at most " + Numbers.grouped(rules.max()) + ".",
                    field.label().zh() + "不能大于" + Numbers.grouped(rules.max()) + "。");
        }
        return ValidationResult.ok(n, Numbers.grouped(n));
    }
}
