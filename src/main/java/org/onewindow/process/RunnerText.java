package org.onewindow.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.form.Option;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/** The runner's sentences, in both languages. */
final class RunnerText {

    private RunnerText() {
    }

    static String t(Lang lang, String en, String zh) {
        return lang == Lang.ZH ? zh : en;
    }

    static QuickReply button(Lang lang, String en, String zh, String action) {
        return new QuickReply(t(lang, en, zh), action);
    }

    static String intro(ProcessDefinition def, int questions, Lang lang) {
        Sla sla = def.sla();
        String days = sla.minWorkingDays() == sla.maxWorkingDays() ? String.valueOf(sla.maxWorkingDays())
                : sla.minWorkingDays() + "–" + sla.maxWorkingDays();
        return t(lang,
                "Let's do \"" + def.title(Lang.EN) + "\". " + def.description(Lang.EN) + " About " + questions
                        + " questions; the departments commit to " + days + " working days. You can say \"back\", "
                        + "\"skip\" (optional questions), \"change … to …\" or \"cancel\" at any time.",
                "开始办理“" + def.title(Lang.ZH) + "”。" + def.description(Lang.ZH) + "约需回答" + questions + "个问题，承诺办理时限为"
                        + days + "个工作日。您随时可以说“返回上一步”“跳过”（选填项）“把……改成……”或“取消”。");
    }

    static ProcessReply question(FieldSpec f, int step, int steps, Answer current, boolean canGoBack, Lang lang) {
        StringBuilder b = new StringBuilder();
        b.append(t(lang, "Step " + step + " of " + steps + " — ", "第" + step + "步／共" + steps + "步：")).append(f.label(lang))
                .append('\n').append(f.prompt(lang))
                .append('\n').append(t(lang, "Why: ", "原因：")).append(f.why(lang));
        if (f.example(lang) != null) {
            b.append('\n').append(t(lang, "Example: ", "示例：")).append(f.example(lang));
        }
        if (current != null) {
            b.append('\n').append(t(lang, "Current answer: ", "当前回答：")).append(current.display().text(lang));
        }
        if (!f.required()) {
            b.append('\n').append(t(lang, "(Optional — say \"skip\" to leave it out.)", "（选填，可回复“跳过”。）"));
        }
        List<QuickReply> buttons = new ArrayList<>();
        for (Option o : f.choices()) {
            buttons.add(new QuickReply(o.label().text(lang), "answer:" + o.value()));
        }
        if (!f.required()) {
            buttons.add(button(lang, "Skip", "跳过", ProcessRunner.SKIP));
        }
        if (canGoBack) {
            buttons.add(button(lang, "Back", "上一步", ProcessRunner.BACK));
        }
        buttons.add(button(lang, "Cancel", "取消", ProcessRunner.CANCEL));
        return new ProcessReply(b.toString(), buttons);
    }

    static ProcessReply confirmPrefill(FieldSpec f, String display, Lang lang) {
        return new ProcessReply(
                t(lang, "Your " + f.label(Lang.EN) + " is " + display + " — still right?",
                        "您的" + f.label(Lang.ZH) + "是" + display + "，对吗？"),
                List.of(button(lang, "Yes", "是", ProcessRunner.KEEP),
                        button(lang, "No, change it", "不对，修改", ProcessRunner.CHANGE),
                        button(lang, "Cancel", "取消", ProcessRunner.CANCEL)));
    }

    /** A value the user gave in an earlier message, for a field asked only now. */
    static ProcessReply confirmProposal(FieldSpec f, String display, Lang lang) {
        return new ProcessReply(
                t(lang, "From your earlier message I have " + display + " as the " + f.label(Lang.EN) + " — keep it?",
                        "根据您之前的消息，" + f.label(Lang.ZH) + "是" + display + "，保留吗？"),
                List.of(button(lang, "Yes, keep it", "是，保留", ProcessRunner.KEEP),
                        button(lang, "No, change it", "不对，修改", ProcessRunner.CHANGE),
                        button(lang, "Cancel", "取消", ProcessRunner.CANCEL)));
    }

    static ProcessReply privacy(ProcessDefinition def, Lang lang) {
        List<String> labels = def.fields().stream().filter(FieldSpec::personal).map(f -> f.label(lang)).toList();
        String list = String.join(t(lang, ", ", "、"), labels);
        String retention = def.privacy().retention().text(lang);
        return new ProcessReply(
                t(lang,
                        "Before the next questions, a word on personal data. For \"" + def.title(lang) + "\" I will ask for: "
                                + list + ". Why: only to handle this application and contact you about it. "
                                + "Who receives it: " + def.departmentNames(lang) + ". How long it is kept: " + retention
                                + ". Do you agree?",
                        "继续之前，先说明个人信息的使用：办理“" + def.title(lang) + "”需要收集" + list
                                + "。用途：仅用于办理本事项并就此与您联系。接收方：" + def.departmentNames(lang) + "。保存期限："
                                + retention + "。您是否同意？"),
                List.of(button(lang, "I agree", "同意", ProcessRunner.PRIVACY_ACCEPT),
                        button(lang, "I don't agree", "不同意", ProcessRunner.PRIVACY_DECLINE),
                        button(lang, "Cancel", "取消", ProcessRunner.CANCEL)));
    }

    static ProcessReply privacyDeclined(Lang lang) {
        return new ProcessReply(
                t(lang, "Without these details the departments cannot process the application. You can agree, talk to a "
                                + "member of staff, or cancel.",
                        "没有这些信息，部门无法办理该申请。您可以选择同意、转人工咨询或取消办理。"),
                List.of(button(lang, "I agree", "同意", ProcessRunner.PRIVACY_ACCEPT),
                        button(lang, "Talk to staff", "转人工", ProcessRunner.HANDOFF),
                        button(lang, "Cancel", "取消", ProcessRunner.CANCEL)));
    }

    static ProcessReply review(ProcessDefinition def, List<String> lines, List<DocumentRequirement> docs,
            LocalDate expectedBy, Lang lang) {
        StringBuilder b = new StringBuilder(t(lang, "Please check your application for \"" + def.title(lang) + "\":",
                "请核对“" + def.title(lang) + "”的申请信息："));
        lines.forEach(l -> b.append("\n• ").append(l));
        if (!docs.isEmpty()) {
            b.append('\n').append(t(lang, "Documents to prepare:", "需准备的材料："));
            for (DocumentRequirement d : docs) {
                b.append("\n☐ ").append(d.label(lang)).append(d.required() ? "" : t(lang, " (if applicable)", "（如适用）"));
            }
        }
        Sla sla = def.sla();
        String days = sla.minWorkingDays() == sla.maxWorkingDays() ? String.valueOf(sla.maxWorkingDays())
                : sla.minWorkingDays() + "–" + sla.maxWorkingDays();
        b.append('\n').append(t(lang, "Committed time limit: " + days + " working days", "承诺时限：" + days + "个工作日"));
        if (expectedBy != null) {
            b.append(t(lang, "; submitted today, it is due by " + expectedBy + ".", "；今天提交，预计" + expectedBy + "前办结。"));
        } else {
            b.append(t(lang, ".", "。"));
        }
        b.append('\n').append(t(lang, "Submit it now?", "确认提交吗？"));
        return new ProcessReply(b.toString(), List.of(
                button(lang, "Confirm and submit", "确认提交", ProcessRunner.CONFIRM),
                button(lang, "Change an answer", "修改信息", ProcessRunner.EDIT),
                button(lang, "Cancel", "取消", ProcessRunner.CANCEL)));
    }

    static ProcessReply confirmCancel(ProcessDefinition def, Lang lang) {
        return new ProcessReply(
                t(lang, "Cancel \"" + def.title(lang) + "\"? Your answers so far will be discarded.",
                        "确定取消“" + def.title(lang) + "”吗？已填写的信息将不会保留。"),
                List.of(button(lang, "Yes, cancel", "确定取消", ProcessRunner.CANCEL_CONFIRM),
                        button(lang, "No, continue", "继续办理", ProcessRunner.CANCEL_ABORT)));
    }
}
