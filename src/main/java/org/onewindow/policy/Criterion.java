package org.onewindow.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.onewindow.form.Amounts;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;

/**
 * A machine-readable eligibility rule over profile facts: a comparison of one fact, or
 * all/any/not of other criteria. {@code path} names the criterion in its file
 * ("eligibility.all[2]") so that load errors and reasons can point at it.
 */
public sealed interface Criterion {

    String path();

    /**
     * The rule in words, for people reading who qualifies: "annual taxable income ≤ ¥3,000,000;
     * headcount ≤ 300", "one of: (small-scale VAT taxpayer: yes) or (…)".
     */
    String describe(Lang lang);

    /** The {@code policy.criterion.*} messages. */
    MessageCatalog MESSAGES = MessageCatalog.bundled();

    /** Each criterion described, a composite one in brackets so that nesting stays readable. */
    private static String describeEach(List<Criterion> items, Lang lang, String separatorKey) {
        return items.stream()
                .map(c -> c instanceof Compare
                        ? c.describe(lang)
                        : MESSAGES.text(lang, "policy.criterion.nested", "rule", c.describe(lang)))
                .collect(Collectors.joining(MESSAGES.text(lang, separatorKey)));
    }

    /**
     * {@code fact op values}. Values are typed like the fact ({@link BigDecimal}, {@link Boolean},
     * {@link String}, {@link LocalDate}); a date may also be a {@link Period}, meaning "that long
     * before the evaluation day" ({@code registration_date <= P1Y}: registered at least a year
     * ago). {@code verified} is false when the rule could not be confirmed from a public source.
     */
    record Compare(String path, FactDefinition fact, Operator op, List<Object> values, boolean verified)
            implements Criterion {

        public Compare {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(op, "op");
            values = List.copyOf(values);
            if (op.arity() > 0 ? values.size() != op.arity() : values.isEmpty()) {
                throw new IllegalArgumentException(
                        op.key() + " takes " + (op.arity() > 0 ? op.arity() : "one or more") + " value(s)");
            }
        }

        /** "annual taxable income ≤ ¥3,000,000" / "年应纳税所得额 ≤ 300万元". */
        @Override
        public String describe(Lang lang) {
            String label = fact.label().text(lang);
            String vs = values.stream()
                    .map(v -> show(v, lang))
                    .collect(Collectors.joining(MESSAGES.text(lang, "policy.criterion.valueSeparator")));
            return switch (op) {
                case EQUALS ->
                    fact.type() == FactType.BOOLEAN
                            ? MESSAGES.text(
                                    lang,
                                    "policy.criterion.isYesNo",
                                    "label",
                                    label,
                                    "value",
                                    show(values.get(0), lang))
                            : MESSAGES.text(lang, "policy.criterion.equals", "label", label, "values", vs);
                case IN -> MESSAGES.text(lang, "policy.criterion.in", "label", label, "values", vs);
                case NOT_IN -> MESSAGES.text(lang, "policy.criterion.notIn", "label", label, "values", vs);
                case BETWEEN ->
                    MESSAGES.text(
                            lang,
                            "policy.criterion.between",
                            "label",
                            label,
                            "low",
                            show(values.get(0), lang),
                            "high",
                            show(values.get(1), lang));
                default ->
                    MESSAGES.text(
                            lang, "policy.criterion.compare", "label", label, "symbol", op.symbol(), "values", vs);
            };
        }

        String show(Object v, Lang lang) {
            if (v instanceof Boolean b) {
                return MESSAGES.text(lang, b ? "policy.criterion.yes" : "policy.criterion.no");
            }
            if (v instanceof Period p) {
                return ago(p, lang);
            }
            if (v instanceof BigDecimal d) {
                return fact.type() == FactType.MONEY ? Amounts.money(d, lang) : Amounts.grouped(d) + fact.unit();
            }
            if (v instanceof String s && fact.type() == FactType.ENUM && fact.hasOption(s)) {
                return fact.option(s).label().text(lang);
            }
            return v.toString();
        }

        /** "2 years ago" / "2年前": whole years or whole months in words, any other period as ISO. */
        private static String ago(Period p, Lang lang) {
            if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
                return MESSAGES.text(lang, "policy.criterion.yearsAgo", "years", p.getYears());
            }
            if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
                return MESSAGES.text(lang, "policy.criterion.monthsAgo", "months", p.getMonths());
            }
            return MESSAGES.text(lang, "policy.criterion.periodAgo", "period", p.toString());
        }
    }

    /** Every one of {@code items} holds. */
    record All(String path, List<Criterion> items) implements Criterion {
        public All {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("'all' needs at least one criterion");
            }
        }

        @Override
        public String describe(Lang lang) {
            return Criterion.describeEach(items, lang, "policy.criterion.and");
        }
    }

    /** At least one of {@code items} holds. */
    record Any(String path, List<Criterion> items) implements Criterion {
        public Any {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("'any' needs at least one criterion");
            }
        }

        @Override
        public String describe(Lang lang) {
            return MESSAGES.text(
                    lang,
                    "policy.criterion.anyOf",
                    "rules",
                    Criterion.describeEach(items, lang, "policy.criterion.or"));
        }
    }

    /** {@code item} does not hold. */
    record Not(String path, Criterion item) implements Criterion {
        public Not {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public String describe(Lang lang) {
            return MESSAGES.text(lang, "policy.criterion.not", "rule", item.describe(lang));
        }
    }
}
