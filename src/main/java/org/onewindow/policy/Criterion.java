package org.onewindow.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.onewindow.shared.Lang;

/**
 * A machine-readable eligibility rule over profile facts: a comparison of one fact, or
 * all/any/not of other criteria. {@code path} names the criterion in its file
 * ("eligibility.all[2]") so that load errors and reasons can point at it.
 */
public sealed interface Criterion {

    String path();

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
        public String describe(Lang lang) {
            String label = fact.label().text(lang);
            String vs =
                    values.stream().map(v -> show(v, lang)).collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
            return switch (op) {
                case EQUALS ->
                    fact.type() == FactType.BOOLEAN
                            ? label + (lang == Lang.ZH ? "：" : ": ") + show(values.get(0), lang)
                            : label + " = " + vs;
                case IN -> label + (lang == Lang.ZH ? "为以下之一：" : " is one of: ") + vs;
                case NOT_IN -> label + (lang == Lang.ZH ? "不属于：" : " is not one of: ") + vs;
                case BETWEEN ->
                    label
                            + (lang == Lang.ZH
                                    ? " 在 " + show(values.get(0), lang) + " 与 " + show(values.get(1), lang) + " 之间（含）"
                                    : " between " + show(values.get(0), lang) + " and " + show(values.get(1), lang)
                                            + " (inclusive)");
                default -> label + " " + op.symbol() + " " + vs;
            };
        }

        String show(Object v, Lang lang) {
            if (v instanceof Boolean b) {
                return lang == Lang.ZH ? (b ? "是" : "否") : (b ? "yes" : "no");
            }
            if (v instanceof Period p) {
                return lang == Lang.ZH ? periodZh(p) + "前" : periodEn(p) + " ago";
            }
            if (v instanceof BigDecimal d) {
                return Money.show(d, fact.type(), fact.unit(), lang);
            }
            if (v instanceof String s && fact.type() == FactType.ENUM && fact.hasOption(s)) {
                return fact.option(s).label().text(lang);
            }
            return v.toString();
        }

        private static String periodEn(Period p) {
            if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
                return p.getYears() + (p.getYears() == 1 ? " year" : " years");
            }
            if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
                return p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
            }
            return p.toString();
        }

        private static String periodZh(Period p) {
            if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
                return p.getYears() + "年";
            }
            if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
                return p.getMonths() + "个月";
            }
            return p.toString();
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
    }

    /** At least one of {@code items} holds. */
    record Any(String path, List<Criterion> items) implements Criterion {
        public Any {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("'any' needs at least one criterion");
            }
        }
    }

    /** {@code item} does not hold. */
    record Not(String path, Criterion item) implements Criterion {
        public Not {
            Objects.requireNonNull(item, "item");
        }
    }
}
