package org.onewindow.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.form.Option;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/** The runner's sentences: the {@code process.*} messages of the catalogue. */
final class RunnerText {

    private RunnerText() {}

    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    /** The message {@code key} of the catalogue, its arguments as name, value, name, value… */
    static String text(Lang lang, String key, Object... namesAndValues) {
        return MESSAGES.text(lang, key, namesAndValues);
    }

    static QuickReply button(Lang lang, String key, String action) {
        return new QuickReply(text(lang, key), action);
    }

    static String intro(ProcessDefinition def, int questions, Lang lang) {
        Sla sla = def.sla();
        String days = sla.minWorkingDays() == sla.maxWorkingDays()
                ? String.valueOf(sla.maxWorkingDays())
                : sla.minWorkingDays() + "–" + sla.maxWorkingDays();
        return text(
                lang,
                "process.intro",
                "title",
                def.title(lang),
                "description",
                def.description(lang),
                "questions",
                questions,
                "days",
                days);
    }

    static ProcessReply question(FieldSpec f, int step, int steps, Answer current, boolean canGoBack, Lang lang) {
        StringBuilder b = new StringBuilder();
        b.append(text(lang, "process.step", "step", step, "steps", steps))
                .append(f.label(lang))
                .append('\n')
                .append(f.prompt(lang))
                .append('\n')
                .append(text(lang, "process.why"))
                .append(f.why(lang));
        if (f.example(lang) != null) {
            b.append('\n').append(text(lang, "process.example")).append(f.example(lang));
        }
        if (current != null) {
            b.append('\n')
                    .append(text(lang, "process.currentAnswer"))
                    .append(current.display().text(lang));
        }
        if (!f.required()) {
            b.append('\n').append(text(lang, "process.optionalSaySkipTo"));
        }
        List<QuickReply> buttons = new ArrayList<>();
        for (Option o : f.choices()) {
            buttons.add(new QuickReply(o.label().text(lang), "answer:" + o.value()));
        }
        if (!f.required()) {
            buttons.add(button(lang, "process.skip", ProcessRunner.SKIP));
        }
        if (canGoBack) {
            buttons.add(button(lang, "process.back", ProcessRunner.BACK));
        }
        buttons.add(button(lang, "process.cancel", ProcessRunner.CANCEL));
        return new ProcessReply(b.toString(), buttons);
    }

    static ProcessReply confirmPrefill(FieldSpec f, String display, Lang lang) {
        return new ProcessReply(
                text(lang, "process.confirmPrefill", "label", f.label(lang), "display", display),
                List.of(
                        button(lang, "process.yes", ProcessRunner.KEEP),
                        button(lang, "process.noChangeIt", ProcessRunner.CHANGE),
                        button(lang, "process.cancel", ProcessRunner.CANCEL)));
    }

    /** A value the user gave in an earlier message, for a field asked only now. */
    static ProcessReply confirmProposal(FieldSpec f, String display, Lang lang) {
        return new ProcessReply(
                text(lang, "process.confirmProposal", "display", display, "label", f.label(lang)),
                List.of(
                        button(lang, "process.yesKeepIt", ProcessRunner.KEEP),
                        button(lang, "process.noChangeIt", ProcessRunner.CHANGE),
                        button(lang, "process.cancel", ProcessRunner.CANCEL)));
    }

    static ProcessReply privacy(ProcessDefinition def, String departmentNames, Lang lang) {
        List<String> labels = def.fields().stream()
                .filter(FieldSpec::personal)
                .map(f -> f.label(lang))
                .toList();
        String list = String.join(text(lang, "process.listSeparator"), labels);
        String retention = def.privacy().retention().text(lang);
        return new ProcessReply(
                text(
                        lang,
                        "process.privacy",
                        "title",
                        def.title(lang),
                        "list",
                        list,
                        "departmentNames",
                        departmentNames,
                        "retention",
                        retention),
                List.of(
                        button(lang, "process.iAgree", ProcessRunner.PRIVACY_ACCEPT),
                        button(lang, "process.iDontAgree", ProcessRunner.PRIVACY_DECLINE),
                        button(lang, "process.cancel", ProcessRunner.CANCEL)));
    }

    static ProcessReply privacyDeclined(Lang lang) {
        return new ProcessReply(
                text(lang, "process.privacyDeclined"),
                List.of(
                        button(lang, "process.iAgree", ProcessRunner.PRIVACY_ACCEPT),
                        button(lang, "process.talkToStaff", ProcessRunner.HANDOFF),
                        button(lang, "process.cancel", ProcessRunner.CANCEL)));
    }

    static ProcessReply review(
            ProcessDefinition def,
            List<String> lines,
            List<DocumentRequirement> docs,
            LocalDate expectedBy,
            Lang lang) {
        StringBuilder b = new StringBuilder(text(lang, "process.review", "title", def.title(lang)));
        lines.forEach(l -> b.append("\n• ").append(l));
        if (!docs.isEmpty()) {
            b.append('\n').append(text(lang, "process.documentsToPrepare"));
            for (DocumentRequirement d : docs) {
                b.append("\n☐ ").append(d.label(lang)).append(d.required() ? "" : text(lang, "process.ifApplicable"));
            }
        }
        Sla sla = def.sla();
        String days = sla.minWorkingDays() == sla.maxWorkingDays()
                ? String.valueOf(sla.maxWorkingDays())
                : sla.minWorkingDays() + "–" + sla.maxWorkingDays();
        b.append('\n').append(text(lang, "process.reviewTimeLimit", "days", days));
        if (expectedBy != null) {
            b.append(text(lang, "process.reviewDueBy", "expectedBy", expectedBy));
        } else {
            b.append(text(lang, "process.fullStop"));
        }
        b.append('\n').append(text(lang, "process.reviewSubmit"));
        return new ProcessReply(
                b.toString(),
                List.of(
                        button(lang, "process.confirmAndSubmit", ProcessRunner.CONFIRM),
                        button(lang, "process.changeAnAnswer", ProcessRunner.EDIT),
                        button(lang, "process.cancel", ProcessRunner.CANCEL)));
    }

    static ProcessReply confirmCancel(ProcessDefinition def, Lang lang) {
        return new ProcessReply(
                text(lang, "process.confirmCancel", "title", def.title(lang)),
                List.of(
                        button(lang, "process.yesCancel", ProcessRunner.CANCEL_CONFIRM),
                        button(lang, "process.noContinue", ProcessRunner.CANCEL_ABORT)));
    }
}
