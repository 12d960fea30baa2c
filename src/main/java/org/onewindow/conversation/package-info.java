/**
 * The asynchronous conversation orchestrator: load state, read the message ({@code understanding}),
 * decide ({@code dialogue}), commit, publish. Declares the {@code ConversationStore} it needs. Also
 * what follows from a change elsewhere: a submission's new status told in its conversation, the
 * processes' documents kept in step with the catalog, enterprises told of incentives they newly
 * qualify for. Imports {@code io.vertx.core}, Jackson, Caffeine, {@code shared}, {@code codec},
 * {@code form} (localized texts), {@code understanding}, {@code dialogue}, {@code process},
 * {@code policy}, {@code knowledge} (the {@code KnowledgeBase} it searches on a worker) and
 * {@code connector} (the outbox); never the store, HTTP types or a channel.
 */
package org.onewindow.conversation;
