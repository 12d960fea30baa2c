package org.onewindow.dialogue;

import java.util.Map;
import org.onewindow.shared.Lang;

/** The bot's own sentences in both languages. */
final class Texts {

    static final String GREETING = "greeting";
    static final String CANNOT_ANSWER_YET = "cannot-answer-yet";

    private static final Map<String, Map<Lang, String>> TEXTS = Map.of(
            GREETING, Map.of(
                    Lang.EN, "Hello, this is the park's OneWindow assistant. Ask me about the park's policies and "
                            + "procedures, or tell me what you want to get done.",
                    Lang.ZH, "您好，这里是园区“一窗通办”智能助手。您可以咨询园区政策和办事流程，也可以直接告诉我您要办理的事项。"),
            CANNOT_ANSWER_YET, Map.of(
                    Lang.EN, "Sorry, I can't answer that yet. Please contact the park's government service hall.",
                    Lang.ZH, "抱歉，我暂时还无法回答这个问题，请联系园区政务服务大厅。"));

    private Texts() {
    }

    static String get(Lang lang, String key) {
        return TEXTS.get(key).get(lang);
    }
}
