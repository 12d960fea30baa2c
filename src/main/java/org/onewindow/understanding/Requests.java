package org.onewindow.understanding;

import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * Whether a message about a process asks to do it ("I want to deregister", "帮我办注销", "apply for
 * industrial land", "能不能安排专员上门") rather than asks about it ("how long does deregistration
 * take", "注销要钱吗", "注册公司要准备啥材料"). A message that only names the topic ("企业开办") is not a
 * request: it is answered, with the offer to start.
 */
final class Requests {
    /** Wanting, ordering and asking, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/requests.txt");

    /** Saying one wants it done, or telling the assistant to do it. */
    private static final Pattern WANTS = WORDS.pattern("wants");
    /** An order at the start: "apply for …", "book …", "start deregistration", "申请…", "办理…". */
    private static final Pattern IMPERATIVE = WORDS.pattern("imperative");
    /** Asking about it: question words, 吗/呢, "how long", "多久", "要啥", "几天". */
    private static final Pattern ASKS = WORDS.pattern("asks");
    /** A request put as a question: "can you help me register…", "能不能安排专员上门帮我们办". */
    private static final Pattern POLITE = WORDS.pattern("polite");

    private Requests() {}

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
