package org.onewindow.form;

import java.math.BigDecimal;
import org.onewindow.shared.Lang;

/**
 * How numbers and amounts of money are shown to people, the one formatter of the house: a number
 * grouped in thousands with its decimals as given ("5,000,000", "300,000.50"); an amount in yuan as
 * ¥5,000,000 in English and 500万元 in Chinese, which counts in 万 and 亿 (the
 * {@code process.field.money.shown.*} messages). The validators show what they read with it, and the
 * eligibility dialogue ({@code policy}) its criteria and the facts it was told.
 */
public final class Amounts {

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Amounts() {}

    /** "5,000,000" style grouping, with the decimals kept as given ("-1,234.50"). */
    public static String grouped(BigDecimal value) {
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder(v.signum() < 0 ? "-" : "");
        int n = intPart.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % 3 == 0) {
                b.append(',');
            }
            b.append(intPart.charAt(k));
        }
        return b + frac;
    }

    /** An amount in yuan in {@code lang}: ¥3,000,000 in English, 300万元 in Chinese. */
    public static String money(BigDecimal amount, Lang lang) {
        BigDecimal size = amount.abs();
        BigDecimal scale = size.compareTo(YI) >= 0 ? YI : size.compareTo(WAN) >= 0 ? WAN : BigDecimal.ONE;
        String key = scale == YI
                ? "process.field.money.shown.yi"
                : scale == WAN ? "process.field.money.shown.wan" : "process.field.money.shown.yuan";
        String shown = lang == Lang.ZH ? plain(amount.divide(scale)) : grouped(amount);
        return FieldTexts.text(lang, key, "amount", shown);
    }

    /** An amount in yuan in every language. */
    public static LocalizedText money(BigDecimal amount) {
        return new LocalizedText(money(amount, Lang.EN), money(amount, Lang.ZH));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
