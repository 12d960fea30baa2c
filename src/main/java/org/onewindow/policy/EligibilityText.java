package org.onewindow.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.form.Amounts;
import org.onewindow.form.ValidationResult;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/** The eligibility dialogue's sentences: the {@code policy.*} messages of the catalogue. */
final class EligibilityText {

    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    private EligibilityText() {}

    /** The message {@code key} of the catalogue, its arguments as name, value, name, value… */
    static String text(Lang lang, String key, Object... namesAndValues) {
        return MESSAGES.text(lang, key, namesAndValues);
    }

    private static String join(List<String> parts, Lang lang) {
        return String.join(text(lang, "policy.listSeparator"), parts);
    }

    /** Why an evaluation came out as it did, naming the criteria or the missing facts. */
    static String reason(Evaluation e, IncentiveCatalog catalog, Lang lang) {
        String unverified = e.unverified() ? text(lang, "policy.reason.unverified") : "";
        return switch (e.outcome()) {
            case ELIGIBLE ->
                text(
                        lang,
                        "policy.reason.eligible",
                        "criteria",
                        join(
                                e.held().stream()
                                        .map(c -> c.describe(lang))
                                        .distinct()
                                        .toList(),
                                lang),
                        "unverified",
                        unverified);
            case NOT_ELIGIBLE ->
                text(
                        lang,
                        "policy.reason.notEligible",
                        "criteria",
                        join(
                                e.failed().stream()
                                        .map(c -> c.describe(lang))
                                        .distinct()
                                        .toList(),
                                lang),
                        "unverified",
                        unverified);
            case UNKNOWN ->
                text(
                        lang,
                        "policy.reason.unknown",
                        "facts",
                        join(
                                e.missing().stream()
                                        .map(k -> catalog.fact(k)
                                                .map(f -> f.label().text(lang))
                                                .orElse(k))
                                        .toList(),
                                lang));
        };
    }

    /**
     * Whether one policy applies, decided by the facts the question stated: yes with what it gives, or
     * no with the rule it fails; the deciding facts are named, the citation given.
     */
    static EligibilityReply verdict(Evaluation e, IncentiveCatalog catalog, Map<String, Fact> stated, Lang lang) {
        boolean eligible = e.outcome() == Outcome.ELIGIBLE;
        List<Criterion.Compare> deciding = eligible ? e.held() : e.failed();
        String said = join(
                deciding.stream()
                        .map(c -> c.fact().key())
                        .distinct()
                        .map(key -> saidFact(catalog.fact(key).orElseThrow(), stated.get(key), lang))
                        .toList(),
                lang);
        Incentive i = e.incentive();
        String text = text(
                lang,
                eligible ? "policy.verdict.eligible" : "policy.verdict.notEligible",
                "stated",
                said,
                "title",
                i.title().text(lang),
                "benefit",
                i.benefit().text(lang),
                "criteria",
                join(deciding.stream().map(c -> c.describe(lang)).distinct().toList(), lang),
                "unverified",
                e.unverified() ? text(lang, "policy.reason.unverified") : "");
        return new EligibilityReply(text, List.of(), List.of(i.citation(lang)));
    }

    /** "type of business: Individual business (个体工商户)". */
    private static String saidFact(FactDefinition fact, Fact value, Lang lang) {
        String shown = switch (fact.type()) {
            case ENUM ->
                fact.hasOption(value.value())
                        ? fact.option(value.value()).label().text(lang)
                        : value.value();
            case BOOLEAN ->
                text(lang, Boolean.parseBoolean(value.value()) ? "policy.criterion.yes" : "policy.criterion.no");
            case MONEY -> Amounts.money(new BigDecimal(value.value()), lang);
            case NUMBER -> Amounts.grouped(new BigDecimal(value.value())) + fact.unit();
            default -> value.value();
        };
        return text(lang, "policy.criterion.isYesNo", "label", fact.label().text(lang), "value", shown);
    }

    static String intro(int known, Lang lang) {
        String base = text(lang, "policy.intro");
        if (known > 0) {
            base += text(lang, "policy.intro.known", "known", known);
        }
        return base;
    }

    static EligibilityReply question(FactDefinition f, int undecided, Lang lang) {
        List<QuickReply> buttons = new ArrayList<>();
        if (f.type() == FactType.BOOLEAN) {
            buttons.add(new QuickReply(text(lang, "policy.button.yes"), EligibilityDialogue.ANSWER_PREFIX + "true"));
            buttons.add(new QuickReply(text(lang, "policy.button.no"), EligibilityDialogue.ANSWER_PREFIX + "false"));
        } else if (f.type() == FactType.ENUM) {
            f.options()
                    .forEach(o -> buttons.add(
                            new QuickReply(o.label().text(lang), EligibilityDialogue.ANSWER_PREFIX + o.value())));
        }
        buttons.add(new QuickReply(text(lang, "policy.button.skip"), EligibilityDialogue.SKIP));
        buttons.add(new QuickReply(text(lang, "policy.button.cancel"), EligibilityDialogue.CANCEL));
        String why = text(lang, "policy.question.decides", "undecided", undecided);
        return new EligibilityReply(f.question().text(lang) + why, buttons, List.of());
    }

    /** The refusal of an empty answer, in every language. */
    static ValidationResult noAnswer() {
        return ValidationResult.error(text(Lang.EN, "policy.noAnswer"), text(Lang.ZH, "policy.noAnswer"));
    }

    static EligibilityReply cancelled(Lang lang) {
        return EligibilityReply.of(text(lang, "policy.cancelled"));
    }

    static EligibilityReply skipped(Lang lang) {
        return EligibilityReply.of(text(lang, "policy.skipped"));
    }

    /** The result: eligible policies with benefit, reason and citation; those still undecided; a short list of the rest. */
    static EligibilityReply results(List<Evaluation> evaluations, IncentiveCatalog catalog, Lang lang) {
        StringBuilder b = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        Map<String, List<Incentive>> byProcess = new LinkedHashMap<>();
        List<Evaluation> eligible = evaluations.stream()
                .filter(e -> e.outcome() == Outcome.ELIGIBLE)
                .toList();
        List<Evaluation> unknown =
                evaluations.stream().filter(e -> e.outcome() == Outcome.UNKNOWN).toList();
        List<Evaluation> not = evaluations.stream()
                .filter(e -> e.outcome() == Outcome.NOT_ELIGIBLE)
                .toList();
        String dash = text(lang, "policy.results.dash");
        if (eligible.isEmpty()) {
            b.append(text(lang, "policy.results.none", "total", evaluations.size()));
        } else {
            b.append(text(lang, "policy.results.eligible", "count", eligible.size()));
            for (Evaluation e : eligible) {
                Incentive i = e.incentive();
                Citation c = i.citation(lang);
                citations.add(c);
                b.append("\n\n• ")
                        .append(i.title().text(lang))
                        .append(dash)
                        .append(i.benefit().text(lang))
                        .append('\n')
                        .append(reason(e, catalog, lang))
                        .append('\n')
                        .append(text(
                                lang,
                                "policy.results.source",
                                "title",
                                c.title(),
                                "source",
                                c.source(),
                                "section",
                                c.section()));
                if (i.process() != null) {
                    byProcess
                            .computeIfAbsent(i.process(), k -> new ArrayList<>())
                            .add(i);
                }
            }
        }
        if (!unknown.isEmpty()) {
            b.append("\n\n").append(text(lang, "policy.results.unknown"));
            for (Evaluation e : unknown) {
                b.append("\n• ")
                        .append(e.incentive().title().text(lang))
                        .append(dash)
                        .append(reason(e, catalog, lang));
            }
        }
        if (!not.isEmpty()) {
            b.append("\n\n")
                    .append(text(
                            lang,
                            "policy.results.notAMatch",
                            "policies",
                            not.stream()
                                    .map(e -> text(
                                            lang,
                                            "policy.results.notAMatchItem",
                                            "title",
                                            e.incentive().title().text(lang),
                                            "reason",
                                            e.failed().get(0).describe(lang)))
                                    .collect(Collectors.joining(text(lang, "policy.listSeparator")))));
        }
        List<QuickReply> buttons = new ArrayList<>();
        byProcess.forEach((process, incentives) -> buttons.add(new QuickReply(
                text(
                        lang,
                        "policy.button.apply",
                        "title",
                        incentives.get(0).title().text(lang),
                        "count",
                        incentives.size(),
                        "others",
                        incentives.size() - 1),
                "process:start:" + process)));
        return new EligibilityReply(b.toString(), buttons, citations);
    }
}
