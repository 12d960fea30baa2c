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

    /** Said when the conversation waits for a document. */
    public static String sendFileHere(Lang lang) {
        return switch (lang) {
            case EN -> "Send the document here as a photo or a file (PNG, JPEG, PDF, DOCX or XLSX, up to 20 MB), "
                    + "or upload it in the web chat on the park's website.";
            case ZH -> "请直接在此发送文件或照片（PNG、JPEG、PDF、DOCX 或 XLSX，不超过 20 MB），"
                    + "也可以在园区网站的网页对话窗口中上传。";
        };
    }

    /** Said when the conversation waits for a document on a channel that cannot carry one. */
    public static String useWidgetForFiles(Lang lang) {
        return switch (lang) {
            case EN -> "Documents can't be received here: please upload them in the web chat on the park's website.";
            case ZH -> "此处无法接收文件，请在园区网站的网页对话窗口中上传。";
        };
    }

    /** Said for a message that is neither words nor a document (a location, a sticker, a video…). */
    public static String textOnly(Lang lang) {
        return switch (lang) {
            case EN -> "Sorry, only text messages, photos and documents are understood here.";
            case ZH -> "抱歉，这里只能识别文字、照片和文件。";
        };
    }

    /**
     * Said when a document sent as a media message was not received: {@code status} and {@code reason}
     * are the service's refusal (413 too large, 415 type not accepted, 400 empty or not what its
     * name says), or 0 and null when the platform would not give the file.
     */
    public static String fileNotReceived(Lang lang, int status, String reason) {
        return switch (lang) {
            case EN -> "The document was not received: " + (reason != null ? reason : "it could not be fetched; please send it again.");
            case ZH -> "文件未能接收：" + switch (status) {
                case 413 -> "文件超过 20 MB。";
                case 415 -> "只接受 PDF、PNG、JPEG、DOCX 或 XLSX 文件。";
                case 400 -> "文件为空或内容与文件类型不符。";
                default -> "暂时无法获取该文件，请重新发送。";
            };
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
