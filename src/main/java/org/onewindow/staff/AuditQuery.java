package org.onewindow.staff;

/**
 * A page of the audit log, newest first: optionally only one actor's entries or one
 * conversation's, at most {@code limit} (1 to {@link #MAX_LIMIT}), older than the entry
 * {@code before} (an id from an earlier page) when given.
 */
public record AuditQuery(String actor, String conversationId, int limit, String before) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, limit, null);
    }
}
