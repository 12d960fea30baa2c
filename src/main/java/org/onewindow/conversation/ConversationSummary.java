package org.onewindow.conversation;

import java.time.Instant;

/**
 * A line of the staff's list of conversations: who is writing (the enterprise's name, and its USCC
 * when its identity was verified, else null), on which channel, and what they first wrote.
 */
public record ConversationSummary(
        String id,
        String channel,
        String mode,
        String enterprise,
        String uscc,
        String firstMessage,
        long messages,
        Instant updatedAt) {}
