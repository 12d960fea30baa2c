package org.onewindow.handoff;

import java.time.Instant;

/** An internal note about a conversation: staff see it, the enterprise never does. */
public record StaffNote(String id, String conversationId, String author, String body, Instant createdAt) {}
