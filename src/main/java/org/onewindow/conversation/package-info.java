/**
 * The asynchronous conversation orchestrator: load state, decide with the dialogue, commit,
 * publish. Declares the {@code ConversationStore} it needs. Imports io.vertx.core, dialogue,
 * shared and codec.
 */
package org.onewindow.conversation;
