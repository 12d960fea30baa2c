package org.onewindow.policy;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.onewindow.shared.Lang;

/** How amounts and numbers are shown to people: ¥3,000,000 in English, 300万元 in Chinese. */
final class Money {

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Money() {}

    static String show(BigDecimal d, FactType type, String unit, Lang lang) {
        if (type == FactType.MONEY) {
            if (lang == Lang.EN) {
                return "¥" + grouped(d);
            }
            if (d.abs().compareTo(YI) >= 0) {
                return plain(d.divide(YI)) + "亿元";
            }
            if (d.abs().compareTo(WAN) >= 0) {
                return plain(d.divide(WAN)) + "万元";
            }
            return plain(d) + "元";
        }
        return grouped(d) + unit;
    }

    static String grouped(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(d);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
