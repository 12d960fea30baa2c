package org.onewindow.understanding;

import java.util.regex.Pattern;
import org.onewindow.form.Inputs;
import org.onewindow.shared.Lang;

/**
 * Conversation commands said in a sentence rather than as one word: pause ("我得去开个会，晚点再继续",
 * "let's stop here for now"), resume ("I'm back, where were we?"), a language ("can we use Chinese?",
 * "用英语吧"), the status of applications, skip, back and cancel in whole phrases. The one-word forms
 * are {@link Utterances}'.
 */
final class Commands {
    /** Leaving the conversation for a while: the form waits. */
    static final Pattern LEAVING = Pattern.compile(
            "\\b(?:pause|come back (?:later|tomorrow|to (?:it|this))|be back|brb|take a break|stop here|gotta go"
                    + "|(?:continue|do|finish) (?:it |this |the rest )?(?:later|tomorrow)|get back to (?:you|this|it)|afk"
                    + "|step (?:away|out)|save (?:it|this|my progress)(?: for later)?)\\b"
                    + "|\\b(?:got|have|need) to go(?: now)?\\W*$"
                    + "|先去忙|去忙了|晚点|稍后再|稍后回来|回头再|一会儿?再|等会儿?再|待会|暂停|先停|先到这|下次再|改天再|明天再|有事先走|去开个?会"
                    + "|先保存|我先下了?|先下线");
    /** Going to look something up, which may take a while ("let me check with our accountant"). */
    private static final Pattern CHECKING = Pattern.compile(
            "\\b(?:check with (?:my|our|the) \\w+|(?:find|look up|dig out) (?:the|my|our) \\w+ first)\\b"
                    + "|去找一?下|去查一?下|问一?下(?:老板|领导|同事|财务|会计)");
    private static final Pattern RESUME = Pattern.compile(
            "\\b(?:i'?m back|i am back|back again|where were we|where was i|where did we (?:stop|leave off)|pick up where"
                    + "|let'?s continue|let'?s go on|carry on|resume|continue|i'?m ready(?: now)?|ready to continue)\\b"
                    + "|回来了|我回来|继续吧|接着(?:来|办|填)|继续办|继续填|问到哪|到哪了|到哪一步|进行到哪|说到哪|可以继续|咱们继续|我们继续");
    private static final Pattern TO_CHINESE = Pattern.compile(
            "\\b(?:in|use|speak|switch to|continue in|change to|reply in|answer in|write in)\\s+(?:chinese|mandarin|中文)\\b"
                    + "|\\bchinese,? please\\b|用中文|说中文|中文交流|讲中文|换成中文|切换.{0,4}中文|中文回复|回复中文"
                    + "|^(?:中文|chinese|mandarin)(?:\\s*please|吧|可以吗|行吗|好吗)?\\W*$");
    private static final Pattern TO_ENGLISH = Pattern.compile(
            "\\b(?:in|use|speak|switch to|continue in|change to|reply in|answer in|write in)\\s+english\\b"
                    + "|\\benglish,? please\\b|用英文|用英语|说英语|说英文|英文交流|英语交流|讲英语|换成英文|切换.{0,4}英|英文回复"
                    + "|^(?:english|英文|英语)(?:\\s*please|吧|可以吗|行吗|好吗)?\\W*$");
    private static final Pattern STATUS = Pattern.compile(
            "\\b(?:status|progress)\\b.{0,40}\\b(?:application|submission|request|case)\\b"
                    + "|\\b(?:application|submission) status\\b"
                    + "|\\b(?:my|our)\\b.{0,30}\\b(?:application|submission)\\b.{0,40}\\b(?:approved|status|progress|processed|through|ready|decided)\\b"
                    + "|\\b(?:any )?(?:update|news) on (?:my|our|the) (?:application|submission|request)\\b"
                    + "|\\bwhat'?s happening with (?:my|our) (?:application|submission|request)\\b"
                    + "|进度|办到哪|审批到|受理到|(?:我的|之前|提交的).{0,8}申请.{0,10}(?:状态|怎么样|批了|通过|进度|结果)"
                    + "|申请.{0,6}(?:批了没|批下来了?吗|审核通过了?吗|通过了吗|结果出来)");
    private static final Pattern SKIP = Pattern.compile(
            "\\bskip\\b|跳过|不填|先不填|略过|不想填|下一题|下一个问题|下一个$|\\bnext question\\b|\\bnothing (?:else |more )?to add\\b"
                    + "|^(?:没啥|没什么|没有什么?)(?:要|好|可以)?(?:说|补充|写|填)的");
    private static final Pattern BACK = Pattern.compile(
            "\\b(?:go back|previous question|back to the (?:last|previous)|last question)\\b|上一题|上一步|回到上一|返回上");
    private static final Pattern CANCEL = Pattern.compile(
            "^(?:forget it|never ?mind)\\b|\\bcancel (?:it|this|that|the whole|everything|the application|my application"
                    + "|the form|the booking|the request)\\b|\\b(?:don'?t|do not) want to (?:do|continue|apply) (?:this|it)\\b"
                    + "|不办了|不弄了|不申请了|算了吧?$|取消(?:办理|申请|预约|吧|了|这个)");

    private static final java.util.List<String> LANGUAGE_WORDS = java.util.List.of("chinese", "mandarin", "english", "中文",
            "英文", "英语");

    private Commands() {
    }

    /** The command a sentence gives, or null. {@code lower} is folded to lower case. */
    static CommandKind of(String lower) {
        if (SKIP.matcher(lower).find()) { // "先跳过，回头再交": the skip is what is asked for now
            return CommandKind.SKIP;
        }
        if (CANCEL.matcher(lower).find()) { // "算了不办了，下次再说": not coming back to this one
            return CommandKind.CANCEL;
        }
        boolean resume = RESUME.matcher(lower).find();
        if (!resume && (LEAVING.matcher(lower).find() || CHECKING.matcher(lower).find() && !SmallTalk.holdsOn(lower))) {
            return CommandKind.PAUSE;
        }
        if (resume) {
            return CommandKind.RESUME;
        }
        if (STATUS.matcher(lower).find()) {
            return CommandKind.STATUS;
        }
        return BACK.matcher(lower).find() ? CommandKind.BACK : null;
    }

    /** The language the sentence asks to switch to, or null. */
    static Lang language(String lower) {
        if (!Inputs.containsAny(lower, LANGUAGE_WORDS)) { // most messages name no language: skip the expressions
            return null;
        }
        if (TO_CHINESE.matcher(lower).find()) {
            return Lang.ZH;
        }
        return TO_ENGLISH.matcher(lower).find() ? Lang.EN : null;
    }
}
