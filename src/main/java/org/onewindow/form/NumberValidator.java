package org.onewindow.form;

import java.math.BigDecimal;
import java.util.Locale;

/** A number ("50", "５０", "五十", "50人", "1,200 sqm"), with optional min, max and integer rules. */
final class NumberValidator implements FieldValidator {

    private static final String UNIT_SUFFIX =
            "\\s*(个|人|名|位|家|台|套|间|栋|平方米|平米|㎡|亩|天|年|月|people|persons|employees|staff|units|sqm|m2|"
                    + "square meters|square metres|days|years|months)$";

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String s = Inputs.foldWidth(text).toLowerCase(Locale.ROOT).trim().replaceAll(UNIT_SUFFIX, "");
        boolean negative = s.startsWith("-") || s.startsWith("负");
        if (negative) {
            s = s.substring(1);
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
                return FieldTexts.error("process.field.number.outOfRange", "label", field.label(), "min", Numbers.grouped(rules.min()), "max", Numbers.grouped(rules.max()), "n", Numbers.grouped(n));
            }
            if (tooSmall) {
                return FieldTexts.error("process.field.number.belowMin", "label", field.label(), "min", Numbers.grouped(rules.min()));
            }
            return FieldTexts.error("process.field.number.aboveMax", "label", field.label(), "max", Numbers.grouped(rules.max()));
        }
        return ValidationResult.ok(n, Numbers.grouped(n));
    }
}
