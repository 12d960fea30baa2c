package org.onewindow;

import io.vertx.core.Future;

/**
 * One part of a node with a lifecycle: {@link Modules} starts the parts in order, each after the
 * parts it uses, and stops them in reverse. Blocking work (files, JDBC, Lucene) runs off the event
 * loop, in {@code executeBlocking}.
 */
interface Module {

    /** A short name for the logs. */
    String name();

    Future<Void> start();

    /**
     * Stops what {@link #start()} started. Called after a failed start too (a part that fails
     * half-way releases what it did open), so it checks what is there.
     */
    Future<Void> stop();
}
