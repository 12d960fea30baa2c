package org.onewindow.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/** The eligibility dialogue's sentences, in both languages. */
final class EligibilityText {

    private EligibilityText() {}

    static String t(Lang lang, String en, String zh) {
        return lang == Lang.ZH ? zh : en;
    }

    private static String join(List<String> parts, Lang lang) {
        return String.join(lang == Lang.ZH ? "；" : "; ", parts);
    }

    /** Why an evaluation came out as it did, naming the criteria or the missing facts. */
    static String reason(Evaluation e, IncentiveCatalog catalog, Lang lang) {
        String unverified = e.unverified()
                ? t(
                        lang,
                        " (One of these conditions could not be verified from a public source; please confirm it with the department.)",
                        "（其中有条件未能从公开来源核实，请向主管部门确认。）")
                : "";
        return switch (e.outcome()) {
            case ELIGIBLE ->
                t(lang, "You meet: ", "符合条件：")
                        + join(
                                e.held().stream()
                                        .map(c -> c.describe(lang))
                                        .distinct()
                                        .toList(),
                                lang)
                        + t(lang, ".", "。")
                        + unverified;
            case NOT_ELIGIBLE ->
                t(lang, "Not met: ", "不符合：")
                        + join(
                                e.failed().stream()
                                        .map(c -> c.describe(lang))
                                        .distinct()
                                        .toList(),
                                lang)
                        + t(lang, ".", "。")
                        + unverified;
            case UNKNOWN ->
                t(lang, "Still needed: ", "还需要了解：")
                        + join(
                                e.missing().stream()
                                        .map(k -> catalog.fact(k)
                                                .map(f -> f.label().text(lang))
                                                .orElse(k))
                                        .toList(),
                                lang)
                        + t(lang, ".", "。");
        };
    }

    static String intro(int known, Lang lang) {
        String base = t(
                lang,
                "Let's see which incentive policies your enterprise can enjoy. I'll only ask what decides the most policies; "
                        + "say \"don't know\" to skip a question or \"cancel\" to stop.",
                "我们来看看贵企业可以享受哪些惠企政策。我只问对判断最关键的信息；不清楚可以说“不知道”跳过，说“取消”可随时退出。");
        if (known > 0) {
            base += t(
                    lang,
                    " I already know " + known + " fact(s) about your enterprise, so I won't ask those again.",
                    "已掌握贵企业的" + known + "项信息，不会重复询问。");
        }
        return base;
    }

    static EligibilityReply question(FactDefinition f, int undecided, Lang lang) {
        List<QuickReply> buttons = new ArrayList<>();
        if (f.type() == FactType.BOOLEAN) {
            buttons.add(new QuickReply(t(lang, "Yes", "是"), EligibilityDialogue.ANSWER_PREFIX + "true"));
            buttons.add(new QuickReply(t(lang, "No", "否"), EligibilityDialogue.ANSWER_PREFIX + "false"));
        } else if (f.type() == FactType.ENUM) {
            f.options()
                    .forEach(o -> buttons.add(
                            new QuickReply(o.label().text(lang), EligibilityDialogue.ANSWER_PREFIX + o.value())));
        }
        buttons.add(new QuickReply(t(lang, "Don't know", "不清楚"), EligibilityDialogue.SKIP));
        buttons.add(new QuickReply(t(lang, "Cancel", "取消"), EligibilityDialogue.CANCEL));
        String why = t(
                lang,
                " (This decides " + undecided + " polic" + (undecided == 1 ? "y" : "ies") + ".)",
                "（此项关系到" + undecided + "项政策的判断。）");
        return new EligibilityReply(f.question().text(lang) + why, buttons, List.of());
    }

    static EligibilityReply cancelled(Lang lang) {
        return EligibilityReply.of(t(
                lang,
                "OK, I've stopped checking. Ask \"what subsidies can I get?\" any time to continue.",
                "好的，已停止政策匹配。随时说“我能享受哪些优惠政策？”即可继续。"));
    }

    static EligibilityReply skipped(Lang lang) {
        return EligibilityReply.of(t(lang, "No problem, let's skip that.", "没关系，这一项先跳过。"));
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
        if (eligible.isEmpty()) {
            b.append(t(
                    lang,
                    "From what I know, none of the " + evaluations.size()
                            + " incentive policies in force fits your enterprise yet.",
                    "根据目前掌握的信息，现行的" + evaluations.size() + "项惠企政策中暂无完全符合贵企业的。"));
        } else {
            b.append(t(
                    lang,
                    "Your enterprise can enjoy " + eligible.size() + " incentive polic"
                            + (eligible.size() == 1 ? "y" : "ies") + ":",
                    "贵企业可以享受以下" + eligible.size() + "项惠企政策："));
            for (Evaluation e : eligible) {
                Incentive i = e.incentive();
                Citation c = i.citation(lang);
                citations.add(c);
                b.append("\n\n• ")
                        .append(i.title().text(lang))
                        .append(t(lang, " — ", "——"))
                        .append(i.benefit().text(lang))
                        .append('\n')
                        .append(reason(e, catalog, lang))
                        .append('\n')
                        .append(t(lang, "Source: ", "出处："))
                        .append(c.title())
                        .append(", ")
                        .append(c.source())
                        .append(", ")
                        .append(c.section());
                if (i.process() != null) {
                    byProcess
                            .computeIfAbsent(i.process(), k -> new ArrayList<>())
                            .add(i);
                }
            }
        }
        if (!unknown.isEmpty()) {
            b.append("\n\n").append(t(lang, "These need one more fact to decide:", "以下政策还需补充信息才能判断："));
            for (Evaluation e : unknown) {
                b.append("\n• ")
                        .append(e.incentive().title().text(lang))
                        .append(t(lang, " — ", "——"))
                        .append(reason(e, catalog, lang));
            }
        }
        if (!not.isEmpty()) {
            b.append("\n\n")
                    .append(t(lang, "Not a match: ", "不符合："))
                    .append(not.stream()
                            .map(e -> e.incentive().title().text(lang)
                                    + t(lang, " (", "（")
                                    + e.failed().get(0).describe(lang)
                                    + t(lang, ")", "）"))
                            .collect(Collectors.joining(lang == Lang.ZH ? "；" : "; ")));
        }
        List<QuickReply> buttons = new ArrayList<>();
        byProcess.forEach((process, incentives) -> buttons.add(new QuickReply(
                t(lang, "Apply: ", "去办理：")
                        + incentives.get(0).title().text(lang)
                        + (incentives.size() > 1
                                ? t(lang, " (+" + (incentives.size() - 1) + " more)", "等" + incentives.size() + "项")
                                : ""),
                "process:start:" + process)));
        return new EligibilityReply(b.toString(), buttons, citations);
    }
}
