package org.onewindow.http;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import org.onewindow.conversation.ConversationEvents;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffPrincipal;

/**
 * A staff console's live view of the queue for a person: every change of a conversation's place in
 * it (queued, claimed, transferred, closed) within the staff member's departments, as one small JSON
 * frame {@code {"type":"queue","conversationId":…,"department":…,"status":…}}; the console then
 * reads the queue through the API, which applies the full scope. Pinged like the conversation
 * streams, and closed when the pings go unanswered.
 */
final class QueueStream {
    private final Vertx vertx;
    private final ServerWebSocket socket;
    private final StaffPrincipal staff;
    private final long pingMillis;

    QueueStream(Vertx vertx, ServerWebSocket socket, StaffPrincipal staff, long pingMillis) {
        this.vertx = vertx;
        this.socket = socket;
        this.staff = staff;
        this.pingMillis = pingMillis;
    }

    void start() {
        MessageConsumer<JsonObject> consumer =
                vertx.eventBus().consumer(ConversationEvents.QUEUE_ADDRESS, m -> onChange(m.body()));
        SocketPings.start(vertx, socket, pingMillis, consumer::unregister);
        socket.textMessageHandler(text -> {});
        consumer.completion()
                .onSuccess(v -> socket.writeTextMessage(
                        new JsonObject().put("type", "ready").encode()));
    }

    private void onChange(JsonObject change) {
        String department = change.getString("department");
        boolean inScope = staff.hasRole(Role.ADMIN)
                || Dialogue.GENERAL_DEPARTMENT.equals(department)
                || staff.inDepartment(department);
        if (inScope && !socket.isClosed()) {
            socket.writeTextMessage(change.copy().put("type", "queue").encode());
        }
    }
}
