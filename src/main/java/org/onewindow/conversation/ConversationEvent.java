package org.onewindow.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.onewindow.codec.Json;
import org.onewindow.shared.Message;
import org.onewindow.shared.StateView;

/**
 * One event of a conversation as published on the event bus: a new message or a new state. Its
 * API JSON frame ({@code {"type":"message","message":{…}}}) is encoded on first use and then kept,
 * so an event nobody listens to costs no encoding and one with many listeners is encoded once.
 * Between nodes it travels as that frame ({@link #CODEC}).
 */
public final class ConversationEvent {

    /** Carries events between cluster nodes as their JSON frames; on one node the object itself. */
    public static final MessageCodec<ConversationEvent, ConversationEvent> CODEC = new FrameCodec();

    private final Message message;
    private final StateView state;
    private volatile String frame;
    private volatile Optional<Message> parsed;

    private ConversationEvent(Message message, StateView state, String frame) {
        this.message = message;
        this.state = state;
        this.frame = frame;
        this.parsed = message != null ? Optional.of(message) : state != null ? Optional.empty() : null;
    }

    public static ConversationEvent of(Message message) {
        return new ConversationEvent(message, null, null);
    }

    public static ConversationEvent of(StateView state) {
        return new ConversationEvent(null, state, null);
    }

    /** An event as another node encoded it. */
    static ConversationEvent fromFrame(String frame) {
        return new ConversationEvent(null, null, frame);
    }

    /** The WebSocket frame of this event, as the API defines it. */
    public String frame() {
        String f = frame;
        if (f == null) {
            f = message != null
                    ? Json.write(new MessageFrame("message", message))
                    : Json.write(new StateFrame("state", state));
            frame = f;
        }
        return f;
    }

    /** The message of a message event; empty for a state event. */
    public Optional<Message> message() {
        Optional<Message> m = parsed;
        if (m == null) {
            m = parse(frame);
            parsed = m;
        }
        return m;
    }

    private static Optional<Message> parse(String frame) {
        try {
            JsonNode node = Json.mapper().readTree(frame);
            if (!"message".equals(node.path("type").asText()) || !node.hasNonNull("message")) {
                return Optional.empty();
            }
            return Optional.of(Json.mapper().treeToValue(node.get("message"), Message.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable conversation event frame", e);
        }
    }

    /** The WebSocket frame of a message. */
    record MessageFrame(String type, Message message) {}

    /** The WebSocket frame of a state change. */
    record StateFrame(String type, StateView state) {}

    private static final class FrameCodec implements MessageCodec<ConversationEvent, ConversationEvent> {
        @Override
        public void encodeToWire(Buffer buffer, ConversationEvent event) {
            byte[] bytes = event.frame().getBytes(StandardCharsets.UTF_8);
            buffer.appendInt(bytes.length).appendBytes(bytes);
        }

        @Override
        public ConversationEvent decodeFromWire(int pos, Buffer buffer) {
            int length = buffer.getInt(pos);
            return fromFrame(buffer.getString(pos + 4, pos + 4 + length, "UTF-8"));
        }

        @Override
        public ConversationEvent transform(ConversationEvent event) {
            return event;
        }

        @Override
        public String name() {
            return "onewindow-conversation-event";
        }

        @Override
        public byte systemCodecID() {
            return -1;
        }
    }
}
