package org.onewindow.channel.core;

import org.onewindow.shared.Lang;

/** The few sentences the channels say themselves, in both languages. */
public final class ChannelTexts {

    private ChannelTexts() {
    }

    public static String rateLimited(Lang lang) {
        return switch (lang) {
            case EN -> "You are sending messages faster than we can answer. Please wait a minute, then try again.";
            case ZH -> "您发送消息过于频繁，请稍等一分钟后再试。";
        };
    }

    public static String useWidgetForFiles(Lang lang) {
        return switch (lang) {
            case EN -> "Documents can't be received here: please upload them in the web chat on the park's website.";
            case ZH -> "此处无法接收文件，请在园区网站的网页对话窗口中上传。";
        };
    }

    public static String textOnly(Lang lang) {
        return switch (lang) {
            case EN -> "Sorry, only text messages are understood here. "
                    + "Documents can be uploaded in the web chat on the park's website.";
            case ZH -> "抱歉，这里只能识别文字消息。文件请在园区网站的网页对话窗口中上传。";
        };
    }

    public static String source(Lang lang) {
        return switch (lang) {
            case EN -> "Source: ";
            case ZH -> "来源：";
        };
    }

    public static String answerWithNumber(Lang lang) {
        return switch (lang) {
            case EN -> "Reply with a number to choose.";
            case ZH -> "回复数字即可选择。";
        };
    }
}
