package org.onewindow.channel.core;

import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;

/** The few sentences the channels say themselves: the {@code channel.*} messages of the catalogue. */
public final class ChannelTexts {

    private static final MessageCatalog MESSAGES = MessageCatalog.bundled();

    private ChannelTexts() {}

    public static String rateLimited(Lang lang) {
        return MESSAGES.text(lang, "channel.rateLimited");
    }

    /** Said when the conversation waits for a document. */
    public static String sendFileHere(Lang lang) {
        return MESSAGES.text(lang, "channel.sendFileHere");
    }

    /** Said when the conversation waits for a document on a channel that cannot carry one. */
    public static String useWidgetForFiles(Lang lang) {
        return MESSAGES.text(lang, "channel.useWidgetForFiles");
    }

    /** Said for a message that is neither words nor a document (a location, a sticker, a video…). */
    public static String textOnly(Lang lang) {
        return MESSAGES.text(lang, "channel.textOnly");
    }

    /**
     * Said when a document sent as a media message was not received: {@code status} and {@code reason}
     * are the service's refusal (413 too large, 415 type not accepted, 400 empty or not what its
     * name says), or 0 and null when the platform would not give the file.
     */
    public static String fileNotReceived(Lang lang, int status, String reason) {
        String cause = switch (status) {
            case 0 -> "fetchFailed";
            case 413 -> "tooLarge";
            case 415 -> "typeRefused";
            case 400 -> "emptyOrMismatched";
            default -> "other";
        };
        String why = MESSAGES.text(lang, "channel.fileNotReceived." + cause);
        if (why.isEmpty()) {
            // An empty text in the catalogue: the service's own refusal (in English) says it better.
            why = reason != null ? reason : MESSAGES.text(lang, "channel.fileNotReceived.fetchFailed");
        }
        return MESSAGES.text(lang, "channel.fileNotReceived", "reason", why);
    }

    /** What precedes the titles of an answer's sources. */
    public static String source(Lang lang) {
        return MESSAGES.text(lang, "channel.source");
    }

    /** What a conversation opened without words says on the user's behalf, so the assistant greets back. */
    public static String start(Lang lang) {
        return MESSAGES.text(lang, "channel.start");
    }
}
