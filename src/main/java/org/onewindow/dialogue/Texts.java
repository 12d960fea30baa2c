package org.onewindow.dialogue;

import java.util.Map;
import org.onewindow.shared.Lang;

/** The bot's own sentences in both languages. */
final class Texts {

    static final String GREETING = "greeting";
    static final String UNKNOWN_ACTION = "unknown-action";
    static final String PROCESS_GONE = "process-gone";
    static final String SUBMITTED = "submitted";
    static final String START_OFFER = "start-offer";
    static final String STATUS_HEADER = "status-header";
    static final String STATUS_LINE = "status-line";
    static final String NO_SUBMISSIONS = "no-submissions";
    static final String LANGUAGE_SWITCHED = "language-switched";
    static final String CONTINUED_HERE = "continued-here";
    static final String ELSEWHERE = "elsewhere";
    static final String CONTINUED_ELSEWHERE = "continued-elsewhere";
    static final String FILE_KEPT = "file-kept";
    static final String TARGET_STATUS = "target-status";
    static final String CORRECTIONS_ASKED = "corrections-asked";
    static final String OVERALL_STATUS = "overall-status";
    static final String TALK_TO_PERSON = "talk-to-person";
    static final String HANDOFF_QUEUED = "handoff-queued";
    static final String HANDOFF_AFTER_HOURS = "handoff-after-hours";
    static final String GENERAL_DESK = "general-desk";
    static final String CORRECT_NOW = "correct-now";
    static final String NOT_HELPFUL = "not-helpful";
    static final String QUEUE_PLACE = "queue-place";
    static final String STAFF_CORRECTED = "staff-corrected";
    static final String WITHDRAW_CONFIRM_Q = "withdraw-confirm";
    static final String YES_WITHDRAW = "yes-withdraw";
    static final String NO_KEEP = "no-keep";
    static final String WHICH_FIELD = "which-field";
    static final String EDIT_CANCELLED = "edit-cancelled";
    static final String EDIT_ASK = "edit-ask";
    static final String CANCEL = "cancel";
    static final String WITHDRAWN = "withdrawn";
    static final String NEW_VERSION = "new-version";
    static final String UNSTATED_FEE = "unstated-fee";
    static final String UNSTATED_TIME_LIMIT = "unstated-time-limit";
    static final String WORKING_DAYS = "working-days";
    static final String WORKING_DAYS_RANGE = "working-days-range";
    static final String LEAVE_QUEUE = "leave-queue";
    static final String THANKS_FOR_RATING = "thanks-for-rating";
    static final String CALL_BACK = "call-back";
    static final String LEFT_QUEUE = "left-queue";
    static final String STILL_QUEUED = "still-queued";
    static final String KEPT_FOR_PERSON = "kept-for-person";
    static final String CALL_BACK_ASK = "call-back-ask";
    static final String CALL_BACK_INVALID = "call-back-invalid";
    static final String CALL_BACK_SAVED = "call-back-saved";

    private static final Map<String, Map<Lang, String>> TEXTS = Map.ofEntries(
            Map.entry(WORKING_DAYS, Map.of(Lang.EN, "%d working day%s", Lang.ZH, "%d个工作日%s")),
            Map.entry(WORKING_DAYS_RANGE, Map.of(Lang.EN, "%d–%d working days", Lang.ZH, "%d至%d个工作日")),
            Map.entry(LEAVE_QUEUE, Map.of(Lang.EN, "Leave the queue", Lang.ZH, "退出排队")),
            Map.entry(THANKS_FOR_RATING, Map.of(Lang.EN, "Thank you for your rating; it helps the park improve its service.",
                    Lang.ZH, "感谢您的评价，我们会据此改进服务。")),
            Map.entry(CALL_BACK, Map.of(Lang.EN, "Leave a number for a call-back", Lang.ZH, "留下电话等回电")),
            Map.entry(LEFT_QUEUE, Map.of(
                    Lang.EN, "You have left the queue; no one will contact you about it. I'm here if you need anything else.",
                    Lang.ZH, "您已退出排队，工作人员不会再就此联系您。如有其他需要，随时告诉我。")),
            Map.entry(STILL_QUEUED, Map.of(
                    Lang.EN, "You are still in the queue: a person will also reply here when one is free.",
                    Lang.ZH, "您仍在排队中，工作人员空闲后也会在这里回复您。")),
            Map.entry(KEPT_FOR_PERSON, Map.of(
                    Lang.EN, "Your message is kept for the person who will reply here. Meanwhile you can ask me "
                            + "questions, or leave the queue if you no longer need a person.",
                    Lang.ZH, "您的消息已留给稍后回复的工作人员。在此期间您可以继续向我提问；如不再需要人工服务，可以退出排队。")),
            Map.entry(CALL_BACK_ASK, Map.of(
                    Lang.EN, "Which phone number or e-mail address should staff use to contact you? It is used only "
                            + "for this request and is deleted with this conversation.",
                    Lang.ZH, "请留下工作人员联系您用的手机号或邮箱。该信息仅用于本次咨询，并随本会话一并删除。")),
            Map.entry(CALL_BACK_INVALID, Map.of(
                    Lang.EN, "That does not look like a phone number or an e-mail address. Please type one, "
                            + "or leave the queue.",
                    Lang.ZH, "这看起来不是有效的电话号码或邮箱，请重新输入，或退出排队。")),
            Map.entry(CALL_BACK_SAVED, Map.of(
                    Lang.EN, "Thank you. Staff will contact you at %s once office hours begin (%s).",
                    Lang.ZH, "谢谢。工作人员将在上班后（%2$s）通过%1$s联系您。")),
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
            Map.entry(SUBMITTED, Map.of(
                    Lang.EN, "Submitted: %s. Your receipt number is %s. The committed time limit is %s; "
                            + "the expected completion date is %s at the latest. Ask me \"what is the status of my "
                            + "application?\" at any time.",
                    Lang.ZH, "已提交：%s。受理编号：%s。承诺办理时限为%s，预计最迟于%s办结。"
                            + "您可随时问我“我的申请进度如何”。")),
            Map.entry(UNSTATED_FEE, Map.of(
                    Lang.EN, "I don't have the fee of \"%s\" in the park's knowledge base. The %s can tell you; "
                            + "I can also put you in touch with a member of staff.",
                    Lang.ZH, "园区知识库里没有“%s”的收费标准，请向%s咨询；也可以为您转接工作人员。")),
            Map.entry(UNSTATED_TIME_LIMIT, Map.of(
                    Lang.EN, "I don't have the committed time limit of \"%s\" in the park's knowledge base. The %s can "
                            + "tell you; I can also put you in touch with a member of staff.",
                    Lang.ZH, "园区知识库里没有“%s”的办理时限，请向%s咨询；也可以为您转接工作人员。")),
            Map.entry(START_OFFER, Map.of(Lang.EN, "Start: %s", Lang.ZH, "开始办理：%s")),
            Map.entry(STATUS_HEADER, Map.of(Lang.EN, "Your applications:", Lang.ZH, "您的申请：")),
            Map.entry(FILE_KEPT, Map.of(Lang.EN, "I have attached \"%s\" to this conversation; staff can see it.",
                    Lang.ZH, "已将“%s”附在本次对话中，工作人员可以查看。")),
            Map.entry(ELSEWHERE, Map.of(Lang.EN, "I can only answer for this park and Hunan province: what I know comes "
                    + "from Hunan's 2021 measures for industrial parks and the park's own procedures. For %s, please ask the "
                    + "government service centre there.", Lang.ZH, "我只能解答本园区和湖南省的事项：我的知识来自湖南省2021年园区"
                    + "“二十条措施”和本园区的办事指南。%s的相关规定，请咨询当地政务服务中心。")),
            Map.entry(CONTINUED_HERE, Map.of(Lang.EN, "You have an unfinished application, \"%s\", from another device. "
                    + "Your answers are kept; let's continue where you left off:",
                    Lang.ZH, "您在其他设备上有未完成的申请“%s”，已填写的信息都已保留，我们从上次停下的地方继续：")),
            Map.entry(CONTINUED_ELSEWHERE, Map.of(Lang.EN, "This application is being continued on another device; "
                    + "nothing was lost.", Lang.ZH, "该申请已在其他设备上继续办理，已填写的信息没有丢失。")),
            Map.entry(LANGUAGE_SWITCHED, Map.of(Lang.EN, "Sure, let's continue in English. What would you like to know?",
                    Lang.ZH, "好的，我们用中文继续。请问您想了解什么？")),
            Map.entry(NO_SUBMISSIONS, Map.of(Lang.EN, "You have no submitted applications in this conversation yet.",
                    Lang.ZH, "本次对话中还没有已提交的申请。")),
            Map.entry(STATUS_LINE, Map.of(Lang.EN, "- %s %s: %s (expected by %s)", Lang.ZH, "- %s %s：%s（预计办结日期 %s）")),
            Map.entry(TARGET_STATUS, Map.of(Lang.EN, "Application %s (%s): %s — %s.", Lang.ZH, "申请 %s（%s）：%s —— %s。")),
            Map.entry(CORRECTIONS_ASKED, Map.of(Lang.EN, "They ask you to correct:", Lang.ZH, "需补正的内容：")),
            Map.entry(OVERALL_STATUS, Map.of(Lang.EN, "Overall status: %s.", Lang.ZH, "整体状态：%s。")),
            Map.entry(STAFF_CORRECTED, Map.of(Lang.EN, "A staff member corrected your answer \"%s\". Reason: %s",
                    Lang.ZH, "工作人员更正了您填写的“%s”。原因：%s")),
            Map.entry(QUEUE_PLACE, Map.of(Lang.EN, "You are number %d in the queue.", Lang.ZH, "您当前排在第%d位。")),
            Map.entry(NOT_HELPFUL, Map.of(Lang.EN, "Not what I asked", Lang.ZH, "答非所问")),
            Map.entry(CORRECT_NOW, Map.of(Lang.EN, "Correct now", Lang.ZH, "立即补正")),
            Map.entry(WITHDRAW_CONFIRM_Q, Map.of(Lang.EN, "Withdraw application %s? The departments will stop processing it.",
                    Lang.ZH, "确认撤回申请 %s 吗？撤回后各部门将停止办理。")),
            Map.entry(YES_WITHDRAW, Map.of(Lang.EN, "Yes, withdraw", Lang.ZH, "确认撤回")),
            Map.entry(NO_KEEP, Map.of(Lang.EN, "No, keep it", Lang.ZH, "不撤回")),
            Map.entry(WHICH_FIELD, Map.of(Lang.EN, "Which answer of application %s do you want to change?",
                    Lang.ZH, "您要修改申请 %s 的哪一项？")),
            Map.entry(EDIT_CANCELLED, Map.of(Lang.EN, "OK, nothing was changed.", Lang.ZH, "好的，未做任何修改。")),
            Map.entry(EDIT_ASK, Map.of(Lang.EN, "Application %s — please give the corrected %s.",
                    Lang.ZH, "申请 %s —— 请提供更正后的%s。")),
            Map.entry(CANCEL, Map.of(Lang.EN, "Cancel", Lang.ZH, "取消")),
            Map.entry(WITHDRAWN, Map.of(Lang.EN, "Application %s has been withdrawn.", Lang.ZH, "申请 %s 已撤回。")),
            Map.entry(NEW_VERSION, Map.of(Lang.EN, "Application %s has been updated (version %d) and sent to the departments again.",
                    Lang.ZH, "申请 %s 已更新（第%d版）并重新推送至相关部门。")),
            Map.entry(TALK_TO_PERSON, Map.of(Lang.EN, "Talk to a person", Lang.ZH, "转人工")),
            Map.entry(GENERAL_DESK, Map.of(Lang.EN, "the park's general service desk", Lang.ZH, "园区综合服务窗口")),
            Map.entry(HANDOFF_QUEUED, Map.of(
                    Lang.EN, "Connecting you to staff of %s… You are in the queue; stay here. They will see everything "
                            + "you have written, so there is no need to repeat it.",
                    Lang.ZH, "正在为您转接%s的工作人员…您已进入排队，请稍候。工作人员可以看到您之前的全部对话，无需重复说明。")),
            Map.entry(HANDOFF_AFTER_HOURS, Map.of(
                    Lang.EN, "Staff of %s work on working days, %s (Beijing time), and are not in right now. Your request "
                            + "is queued: leave your message here and a staff member will reply from %s; the reply will "
                            + "reach you in this conversation.",
                    Lang.ZH, "%s的工作人员在工作日 %s（北京时间）在岗，现在不在工作时间。您的请求已登记，请在此留言，"
                            + "工作人员将于%s起回复，回复会发送到本对话。")));

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
