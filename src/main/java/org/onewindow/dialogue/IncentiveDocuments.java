package org.onewindow.dialogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.knowledge.SyntheticDocument.Section;
import org.onewindow.policy.Criterion;
import org.onewindow.policy.Incentive;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.shared.Lang;

/**
 * Turns every incentive policy into knowledge-base documents (one per language): what it gives, who
 * qualifies, and when it applies and on what basis, so that "what rate does a high-tech enterprise
 * pay?" or "六税两费减半到什么时候" is answered from the same definition the eligibility check uses.
 */
public final class IncentiveDocuments {

    private IncentiveDocuments() {}

    /** The documents of every incentive of {@code catalog}, expired ones included (people ask about them). */
    public static List<SyntheticDocument> of(IncentiveCatalog catalog) {
        List<SyntheticDocument> documents = new ArrayList<>();
        for (Incentive incentive : catalog.incentives()) {
            for (Lang lang : Lang.values()) {
                documents.add(document(incentive, lang));
            }
        }
        return documents;
    }

    private static SyntheticDocument document(Incentive incentive, Lang lang) {
        String title = incentive.title().text(lang);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                Texts.get(lang, "dialogue.incentiveDoc.benefit"),
                Texts.format(
                        lang,
                        "dialogue.incentiveDoc.benefitText",
                        "title",
                        title,
                        "benefit",
                        incentive.benefit().text(lang))));
        sections.add(new Section(
                Texts.get(lang, "dialogue.incentiveDoc.eligibility"),
                Texts.format(
                                lang,
                                "dialogue.incentiveDoc.eligibilityText",
                                "title",
                                title,
                                "rules",
                                incentive.eligibility().describe(lang))
                        + (verified(incentive.eligibility()) ? "" : Texts.get(lang, "policy.reason.unverified"))));
        sections.add(new Section(
                Texts.get(lang, "dialogue.incentiveDoc.period"),
                Texts.format(
                        lang,
                        "dialogue.incentiveDoc.periodText",
                        "title",
                        title,
                        "from",
                        date(incentive.effective(), lang),
                        "until",
                        incentive.expires() == null ? "" : date(incentive.expires(), lang),
                        "ends",
                        incentive.expires() == null ? "no" : "yes",
                        "clause",
                        incentive.clause().text(lang),
                        "department",
                        incentive.department().text(lang))));
        // An expired incentive is answered as history, and only when asked about as such.
        return new SyntheticDocument(
                Incentive.DIR + incentive.file(),
                title,
                lang,
                "",
                incentive.effective(),
                sections,
                incentive.expires() == null ? null : incentive.expires().plusDays(1));
    }

    /** Whether every condition of the rule was confirmed from a public source. */
    private static boolean verified(Criterion rule) {
        if (rule instanceof Criterion.Compare c) {
            return c.verified();
        }
        if (rule instanceof Criterion.All all) {
            return all.items().stream().allMatch(IncentiveDocuments::verified);
        }
        if (rule instanceof Criterion.Any any) {
            return any.items().stream().allMatch(IncentiveDocuments::verified);
        }
        return verified(((Criterion.Not) rule).item());
    }

    private static String date(LocalDate day, Lang lang) {
        return DateTimeFormatter.ofPattern(Texts.get(lang, "dialogue.incentiveDoc.datePattern"), Locale.ENGLISH)
                .format(day);
    }
}
