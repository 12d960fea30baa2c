package org.onewindow.form;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * An amount in yuan: "500万", "5 million yuan", "5,000,000", "五百万元", "1.5亿", "3.2个亿", "¥300,000.50".
 * The value is the exact amount in yuan as a {@link BigDecimal} (at most two decimals).
 */
final class MoneyValidator implements FieldValidator {
    /** Currency words, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/numbers.txt");

    private static final Pattern FOREIGN_CURRENCY = WORDS.pattern("foreign-currency");
    private static final Pattern CURRENCY_WORDS = WORDS.pattern("currency-words");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String s = Inputs.foldWidth(text).toLowerCase(Locale.ROOT).trim();
        if (FOREIGN_CURRENCY.matcher(s).find()) {
            return FieldTexts.error("process.field.money.yuanOnly");
        }
        if (s.startsWith("-") || s.startsWith(Numbers.MINUS)) {
            return FieldTexts.error("process.field.money.negative");
        }
        s = CURRENCY_WORDS.matcher(s).replaceAll(" ").trim();
        BigDecimal amount = Numbers.parse(s);
        if (amount == null) {
            return FieldTexts.error("process.field.money.unreadable", "input", text.trim());
        }
        if (amount.scale() > 2) {
            return FieldTexts.error("process.field.money.decimals");
        }
        FieldRules rules = field.rules();
        BigDecimal min = rules.min() == null ? BigDecimal.ZERO : rules.min();
        if (amount.compareTo(min) < 0) {
            return FieldTexts.error(
                    "process.field.money.belowMin", "label", field.label(), "min", Amounts.grouped(min));
        }
        if (rules.max() != null && amount.compareTo(rules.max()) > 0) {
            return FieldTexts.error(
                    "process.field.money.aboveMax", "label", field.label(), "max", Amounts.grouped(rules.max()));
        }
        return ValidationResult.ok(amount, Amounts.money(amount));
    }
}
