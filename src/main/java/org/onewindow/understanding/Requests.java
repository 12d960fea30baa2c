package org.onewindow.understanding;

import java.util.regex.Pattern;

/**
 * Whether a message about a process asks to do it ("I want to deregister", "帮我办注销", "apply for
 * industrial land", "能不能安排专员上门") rather than asks about it ("how long does deregistration
 * take", "注销要钱吗", "注册公司要准备啥材料"). A message that only names the topic ("企业开办") is not a
 * request: it is answered, with the offer to start.
 */
final class Requests {
    /** Saying one wants it done, or telling the assistant to do it. */
    private static final Pattern WANTS = Pattern.compile(
            "\\b(?:i|we) (?:want|wanna|need|would like|'d like|am ready|are ready|'m ready|'re ready|plan|intend|have)\\b(?! to know)"
                    + "|\\b(?:i|we)'?(?:d| would) like\\b|\\bhelp (?:me|us)\\b|\\bplease\\b|\\blet'?s\\b|\\bready to\\b|\\bsign (?:me|us) up\\b"
                    + "|\\bneed (?:a|an|the|to)\\b|\\bget me\\b|\\bfor (?:me|us)\\b"
                    + "|我要|我想(?!知道|了解|问|咨询)|我们要|我们想(?!知道|了解|问)|想要|要办|想办|帮我|帮忙|请帮|麻烦|我需要|我们需要|需要办"
                    + "|给我办|替我|现在办|准备(?:在|开|办|成立|注册|动工|开工|注销)|打算|帮我们|申请|办理|预约|办一下|开始办|派人|安排"
                    + "|^想(?:在|要|开|办|注册|成立|注销)|要(?:交|办|注册|开|注销|申请|报|领)\\S{0,4}了");
    /** An order at the start: "apply for …", "book …", "start deregistration", "申请…", "办理…". */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(?:please\\s+)?(?:apply|book|start|register|set up|open|close|file|pay|get|incorporate|deregister|rent|submit|arrange)\\b"
                    + "|(?:^|[，,。;；]\\s*)(?:请)?(?:申请|办理|预约|开始|办|注册|注销|成立|开办|申领|开具|安排)");
    /** Asking about it: question words, 吗/呢, "how long", "多久", "要啥", "几天". */
    private static final Pattern ASKS = Pattern.compile(
            "\\?|？|\\b(?:how|what|when|where|which|who|why|whats|is it|are there|is there|does|do i|do we|can i|can we|should)\\b"
                    + "|吗|呢|么|嘛|多久|多长|几天|几个|多少|什么|啥|咋|怎么|怎样|如何|哪|谁|是否|要不要|能不能|可不可以|有没有|需不需要|几趟|区别");
    /** A request put as a question: "can you help me register…", "能不能安排专员上门帮我们办". */
    private static final Pattern POLITE = Pattern.compile(
            "\\b(?:can|could|would) (?:you|someone|somebody|u)(?: guys| all| folks)?(?: just| please| maybe)* "
                    + "(?:help|book|arrange|register|start|set up|do|send|come|take care of|handle|sort out|deal with)\\b"
                    + "|(?:能不能|能否|可不可以|可以)(?:帮|安排|派|给|替|请)");

    private Requests() {
    }

    /** Whether the (lower-case) message is a request put as a question ("can you guys just handle it for us?"). */
    static boolean politeRequest(String lower) {
        return POLITE.matcher(lower).find();
    }

    /** Whether the (lower-case) message asks to do what it names. */
    static boolean asksToAct(String lower) {
        if (politeRequest(lower)) {
            return true;
        }
        if (ASKS.matcher(lower).find()) {
            return false;
        }
        return WANTS.matcher(lower).find() || IMPERATIVE.matcher(lower.strip()).find();
    }
}
