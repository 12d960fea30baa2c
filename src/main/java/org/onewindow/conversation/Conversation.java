package org.onewindow.conversation;

import java.time.Instant;
import java.util.Objects;
import org.onewindow.dialogue.DialogueState;
import org.onewindow.shared.Enterprise;
import org.onewindow.shared.Lang;

/**
 * A conversation's header and current state. {@code tokenHash} is the SHA-256 of its bearer
 * token: the token itself is never stored. {@code lastSeq} is the seq of its newest message.
 */
public record Conversation(
        String id,
        byte[] tokenHash,
        String channel,
        Enterprise enterprise,
        DialogueState state,
        long lastSeq,
        Instant createdAt) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(state, "state");
        tokenHash = tokenHash.clone();
    }

    @Override
    public byte[] tokenHash() {
        return tokenHash.clone();
    }

    /** The language the conversation is held in. */
    public Lang locale() {
        return state.locale();
    }

    Conversation advancedTo(DialogueState newState, long newLastSeq) {
        return new Conversation(id, tokenHash, channel, enterprise, newState, newLastSeq, createdAt);
    }
}
