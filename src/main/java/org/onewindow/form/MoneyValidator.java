package org.onewindow.form;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onewindow.shared.Lang;
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
        if (FOREIGN_CURRENCY.matcher(s).matches()) {
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
                    "process.field.money.belowMin", "label", field.label(), "min", Numbers.grouped(min));
        }
        if (rules.max() != null && amount.compareTo(rules.max()) > 0) {
            return FieldTexts.error(
                    "process.field.money.aboveMax", "label", field.label(), "max", Numbers.grouped(rules.max()));
        }
        return ValidationResult.ok(amount, shown(amount));
    }

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    /**
     * The amount as shown back (the {@code process.field.money.shown.*} messages): ¥3,000,000 in
     * English, 300万元 in Chinese, which counts in 万 and 亿.
     */
    static LocalizedText shown(BigDecimal amount) {
        BigDecimal scale = amount.compareTo(YI) >= 0 ? YI : amount.compareTo(WAN) >= 0 ? WAN : BigDecimal.ONE;
        String key = scale == YI
                ? "process.field.money.shown.yi"
                : scale == WAN ? "process.field.money.shown.wan" : "process.field.money.shown.yuan";
        return new LocalizedText(
                FieldTexts.text(Lang.EN, key, "amount", Numbers.grouped(amount)),
                FieldTexts.text(Lang.ZH, key, "amount", plain(amount.divide(scale))));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
