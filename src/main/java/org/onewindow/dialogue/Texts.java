package org.onewindow.dialogue;

import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;

/** The bot's own sentences: the {@code dialogue.*} messages of the catalogue, named by key. */
final class Texts {

    static final String GREETING = "dialogue.greeting";
    static final String UNKNOWN_ACTION = "dialogue.unknownAction";
    static final String PROCESS_GONE = "dialogue.processGone";
    static final String SUBMITTED = "dialogue.submitted";
    static final String START_OFFER = "dialogue.startOffer";
    static final String STATUS_HEADER = "dialogue.statusHeader";
    static final String STATUS_LINE = "dialogue.statusLine";
    static final String NO_SUBMISSIONS = "dialogue.noSubmissions";
    static final String LANGUAGE_SWITCHED = "dialogue.languageSwitched";
    static final String CONTINUED_HERE = "dialogue.continuedHere";
    static final String ELSEWHERE = "dialogue.elsewhere";
    static final String CONTINUED_ELSEWHERE = "dialogue.continuedElsewhere";
    static final String FILE_KEPT = "dialogue.fileKept";
    static final String TARGET_STATUS = "dialogue.targetStatus";
    static final String CORRECTIONS_ASKED = "dialogue.correctionsAsked";
    static final String OVERALL_STATUS = "dialogue.overallStatus";
    static final String TALK_TO_PERSON = "dialogue.talkToPerson";
    static final String HANDOFF_QUEUED = "dialogue.handoffQueued";
    static final String HANDOFF_AFTER_HOURS = "dialogue.handoffAfterHours";
    static final String GENERAL_DESK = "dialogue.generalDesk";
    static final String CORRECT_NOW = "dialogue.correctNow";
    static final String NOT_HELPFUL = "dialogue.notHelpful";
    static final String QUEUE_PLACE = "dialogue.queuePlace";
    static final String STAFF_CORRECTED = "dialogue.staffCorrected";
    static final String WITHDRAW_CONFIRM_Q = "dialogue.withdrawConfirm";
    static final String YES_WITHDRAW = "dialogue.yesWithdraw";
    static final String NO_KEEP = "dialogue.noKeep";
    static final String WHICH_FIELD = "dialogue.whichField";
    static final String EDIT_CANCELLED = "dialogue.editCancelled";
    static final String EDIT_ASK = "dialogue.editAsk";
    static final String CANCEL = "dialogue.cancel";
    static final String WITHDRAWN = "dialogue.withdrawn";
    static final String NEW_VERSION = "dialogue.newVersion";
    /** Followed by the kind of fact not stated: "fee", "time-limit", "contact", "rate". */
    static final String UNSTATED = "dialogue.unstated.";

    static final String WORKING_DAYS = "dialogue.workingDays";
    static final String WORKING_DAYS_RANGE = "dialogue.workingDaysRange";
    static final String LEAVE_QUEUE = "dialogue.leaveQueue";
    static final String THANKS_FOR_RATING = "dialogue.thanksForRating";
    static final String CALL_BACK = "dialogue.callBack";
    static final String LEFT_QUEUE = "dialogue.leftQueue";
    static final String STILL_QUEUED = "dialogue.stillQueued";
    static final String KEPT_FOR_PERSON = "dialogue.keptForPerson";
    static final String CALL_BACK_ASK = "dialogue.callBackAsk";
    static final String CALL_BACK_INVALID = "dialogue.callBackInvalid";
    static final String CALL_BACK_SAVED = "dialogue.callBackSaved";

    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    private Texts() {}

    static String get(Lang lang, String key) {
        return MESSAGES.text(lang, key);
    }

    /** The message {@code key} with its arguments as name, value, name, value… */
    static String format(Lang lang, String key, Object... namesAndValues) {
        return MESSAGES.text(lang, key, namesAndValues);
    }

    /** The name of a submission's (or a target's) status; the status itself when it has none. */
    static String status(Lang lang, String status) {
        String key = "dialogue.status." + status;
        return MESSAGES.contains(key) ? MESSAGES.text(lang, key) : status;
    }
}
