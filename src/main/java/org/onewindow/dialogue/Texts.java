package org.onewindow.dialogue;

import java.util.Map;
import org.onewindow.shared.Lang;

/** The bot's own sentences in both languages. */
final class Texts {

    static final String GREETING = "greeting";
    static final String UNKNOWN_ACTION = "unknown-action";
    static final String PROCESS_GONE = "process-gone";
    static final String NO_STAFF_YET = "no-staff-yet";
    static final String SUBMITTED = "submitted";
    static final String START_OFFER = "start-offer";
    static final String STATUS_HEADER = "status-header";
    static final String STATUS_LINE = "status-line";
    static final String FILE_KEPT = "file-kept";
    static final String TARGET_STATUS = "target-status";
    static final String CORRECTIONS_ASKED = "corrections-asked";
    static final String OVERALL_STATUS = "overall-status";

    private static final Map<String, Map<Lang, String>> TEXTS = Map.ofEntries(
            Map.entry(GREETING, Map.of(
                    Lang.EN, "Hello, this is the park's OneWindow assistant. Ask me about the park's policies and "
                            + "procedures, or tell me what you want to get done.",
                    Lang.ZH, "您好，这里是园区“一窗通办”智能助手。您可以咨询园区政策和办事流程，也可以直接告诉我您要办理的事项。")),
            Map.entry(UNKNOWN_ACTION, Map.of(
                    Lang.EN, "That option is no longer available. Please type your question or what you want to do.",
                    Lang.ZH, "该选项已失效，请直接输入您的问题或要办理的事项。")),
            Map.entry(PROCESS_GONE, Map.of(
                    Lang.EN, "This procedure is no longer offered here, so I have stopped it. Your answers were not submitted.",
                    Lang.ZH, "该事项已不再在此办理，流程已结束，您填写的内容未提交。")),
            Map.entry(NO_STAFF_YET, Map.of(
                    Lang.EN, "Connecting to a staff member is not available in this chat yet. Please contact the park's "
                            + "government service hall. Your answers are kept; we can go on whenever you like.",
                    Lang.ZH, "当前对话暂不支持转接人工，请联系园区政务服务大厅。您已填写的内容会保留，可随时继续办理。")),
            Map.entry(SUBMITTED, Map.of(
                    Lang.EN, "Submitted: %s. Your receipt number is %s. The committed time limit is %d–%d working days; "
                            + "the expected completion date is %s at the latest. Ask me \"what is the status of my "
                            + "application?\" at any time.",
                    Lang.ZH, "已提交：%s。受理编号：%s。承诺办理时限为%d至%d个工作日，预计最迟于%s办结。"
                            + "您可随时问我“我的申请进度如何”。")),
            Map.entry(START_OFFER, Map.of(Lang.EN, "Start: %s", Lang.ZH, "开始办理：%s")),
            Map.entry(STATUS_HEADER, Map.of(Lang.EN, "Your applications:", Lang.ZH, "您的申请：")),
            Map.entry(FILE_KEPT, Map.of(Lang.EN, "I have attached \"%s\" to this conversation; staff can see it.",
                    Lang.ZH, "已将“%s”附在本次对话中，工作人员可以查看。")),
            Map.entry(STATUS_LINE, Map.of(Lang.EN, "- %s %s: %s (expected by %s)", Lang.ZH, "- %s %s：%s（预计办结日期 %s）")),
            Map.entry(TARGET_STATUS, Map.of(Lang.EN, "Application %s (%s): %s — %s.", Lang.ZH, "申请 %s（%s）：%s —— %s。")),
            Map.entry(CORRECTIONS_ASKED, Map.of(Lang.EN, "They ask you to correct:", Lang.ZH, "需补正的内容：")),
            Map.entry(OVERALL_STATUS, Map.of(Lang.EN, "Overall status: %s.", Lang.ZH, "整体状态：%s。")));

    private static final Map<String, Map<Lang, String>> STATUSES = Map.of(
            "submitted", Map.of(Lang.EN, "submitted", Lang.ZH, "已提交"),
            "pending", Map.of(Lang.EN, "waiting for delivery", Lang.ZH, "待推送"),
            "delivered", Map.of(Lang.EN, "received by the department", Lang.ZH, "部门已接收"),
            "in_review", Map.of(Lang.EN, "in review", Lang.ZH, "审核中"),
            "needs_correction", Map.of(Lang.EN, "correction needed", Lang.ZH, "需补正"),
            "partially_approved", Map.of(Lang.EN, "partially approved", Lang.ZH, "部分办结"),
            "approved", Map.of(Lang.EN, "approved", Lang.ZH, "已办结"),
            "rejected", Map.of(Lang.EN, "rejected", Lang.ZH, "未通过"),
            "failed", Map.of(Lang.EN, "delivery failed; staff have been told", Lang.ZH, "推送失败，已通知工作人员"),
            "withdrawn", Map.of(Lang.EN, "withdrawn", Lang.ZH, "已撤回"));

    private Texts() {
    }

    static String get(Lang lang, String key) {
        return TEXTS.get(key).get(lang);
    }

    static String format(Lang lang, String key, Object... args) {
        return String.format(java.util.Locale.ROOT, get(lang, key), args);
    }

    static String status(Lang lang, String status) {
        Map<Lang, String> names = STATUSES.get(status);
        return names == null ? status : names.get(lang);
    }
}
