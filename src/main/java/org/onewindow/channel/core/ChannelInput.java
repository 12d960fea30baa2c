package org.onewindow.channel.core;

import java.util.Objects;
import org.onewindow.shared.Lang;

/**
 * One inbound message of a channel user: typed {@code text}, a pressed {@code action}, a
 * {@code file} sent as a media message, or none of them for a first contact (WeChat subscribe,
 * Telegram /start), which answers with the greeting. {@code locale} is what the platform says about the user (null when it says nothing);
 * {@code clientMessageId} the platform's message id, which makes a retried message idempotent.
 */
public record ChannelInput(
        String channel,
        String userId,
        Lang locale,
        String text,
        String action,
        ChannelFile file,
        String clientMessageId) {
    public ChannelInput {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        if ((text != null ? 1 : 0) + (action != null ? 1 : 0) + (file != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("a channel input is text, an action or a file, not several");
        }
    }

    public static ChannelInput text(String channel, String userId, Lang locale, String text, String clientMessageId) {
        return new ChannelInput(channel, userId, locale, text, null, null, clientMessageId);
    }

    public static ChannelInput action(
            String channel, String userId, Lang locale, String action, String clientMessageId) {
        return new ChannelInput(channel, userId, locale, null, action, null, clientMessageId);
    }

    public static ChannelInput file(
            String channel, String userId, Lang locale, ChannelFile file, String clientMessageId) {
        return new ChannelInput(channel, userId, locale, null, null, file, clientMessageId);
    }

    public static ChannelInput start(String channel, String userId, Lang locale) {
        return new ChannelInput(channel, userId, locale, null, null, null, null);
    }

    public boolean isStart() {
        return text == null && action == null && file == null;
    }
}
