package org.onewindow.conversation;

import java.time.Instant;

/** A line of the staff's list of conversations. */
public record ConversationSummary(String id, String channel, String mode, String enterprise, long messages,
                                  Instant updatedAt) {
}
