package org.onewindow.policy;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;

/**
 * How amounts and numbers are shown to people: ¥3,000,000 in English, 300万元 in Chinese (the
 * {@code policy.money.*} messages; Chinese counts in 万 and 亿, English writes the amount whole).
 */
final class Money {

    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Money() {}

    static String show(BigDecimal d, FactType type, String unit, Lang lang) {
        if (type == FactType.MONEY) {
            BigDecimal size = d.abs();
            BigDecimal scale = size.compareTo(YI) >= 0 ? YI : size.compareTo(WAN) >= 0 ? WAN : BigDecimal.ONE;
            String key = scale == YI ? "policy.money.yi" : scale == WAN ? "policy.money.wan" : "policy.money.yuan";
            String amount = lang == Lang.ZH ? plain(d.divide(scale)) : grouped(d);
            return MESSAGES.text(lang, key, "amount", amount);
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
