package org.onewindow.conversation;

/** A remembered {@code clientMessageId}: which request it was and which messages it produced. */
public record ClientMessageRecord(String requestHash, long firstSeq, long lastSeq) {}
