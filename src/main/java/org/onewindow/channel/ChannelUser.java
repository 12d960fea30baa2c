package org.onewindow.channel;

import java.util.List;
import java.util.Objects;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

/**
 * One user of a messaging channel and the conversation they talk in: the external id is the
 * platform's (WeChat OpenID, Telegram chat id, the webhook's userId). {@code options} are the
 * quick replies last offered, answered by their number; {@code sentSeq} the last message seq
 * sent to the user. The token is a secret: never logged, so {@link #toString()} hides it.
 */
public record ChannelUser(
        String channel,
        String userId,
        String conversationId,
        String token,
        Lang locale,
        List<QuickReply> options,
        long sentSeq) {
    public ChannelUser {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(token, "token");
        locale = locale == null ? Lang.EN : locale;
        options = options == null ? List.of() : List.copyOf(options);
    }

    public ChannelUser withOptions(List<QuickReply> newOptions) {
        return new ChannelUser(channel, userId, conversationId, token, locale, newOptions, sentSeq);
    }

    public ChannelUser withSentSeq(long seq) {
        return new ChannelUser(channel, userId, conversationId, token, locale, options, Math.max(sentSeq, seq));
    }

    @Override
    public String toString() {
        return "ChannelUser[channel=" + channel + ", conversationId=" + conversationId + ", locale=" + locale
                + ", options=" + options.size() + ", sentSeq=" + sentSeq + "]";
    }
}
