/**
 * The asynchronous conversation orchestrator: load state, decide with the dialogue, commit,
 * publish. Declares the {@code ConversationStore} it needs. Also what follows from a change
 * elsewhere: a submission's new status told in its conversation, the processes' documents kept in
 * step with the catalog, enterprises told of incentives they newly qualify for. Imports
 * io.vertx.core, dialogue, shared, codec, and the interfaces of connector, knowledge, process and policy.
 */
package org.onewindow.conversation;
