package org.onewindow.staff;

import io.vertx.core.Future;
import java.util.List;

/**
 * The audit log of staff and admin actions. Every action a staff member takes through the API
 * is recorded before it is answered. Implementations are durable: {@link #record}'s future
 * completes once the entry is committed, and run their I/O off the event loop.
 */
public interface AuditLog {

    /** Stores {@code entry} (its id is assigned here) and completes once it is durable. */
    Future<Void> record(AuditEntry entry);

    /** The entries {@code query} selects, newest first, each with its id. */
    Future<List<AuditEntry>> list(AuditQuery query);
}
