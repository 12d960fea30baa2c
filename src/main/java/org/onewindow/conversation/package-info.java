/**
 * The asynchronous conversation orchestrator: load state, read the message ({@code understanding}),
 * decide ({@code dialogue}), commit, publish. Declares the {@code ConversationStore} it needs.
 * Imports {@code io.vertx.core}, Jackson, Caffeine, {@code shared}, {@code codec},
 * {@code understanding}, {@code dialogue}, {@code process}, {@code policy}, {@code knowledge} (the
 * {@code KnowledgeBase} it searches on a worker) and {@code connector} (the outbox); never the
 * store, HTTP types or a channel.
 */
package org.onewindow.conversation;
