package org.onewindow.channel.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.onewindow.codec.Json;
import org.onewindow.shared.Message;

/** Reads the conversation event frames ({@code {"type":"message","message":{…}}}) published on the event bus. */
final class MessageFrames {

    private MessageFrames() {
    }

    /** The message of a message frame; empty for state frames and anything unreadable. */
    static Optional<Message> message(Object body) {
        if (body == null) {
            return Optional.empty();
        }
        try {
            JsonNode frame = Json.mapper().readTree(body.toString());
            if (!"message".equals(frame.path("type").asText()) || !frame.hasNonNull("message")) {
                return Optional.empty();
            }
            return Optional.of(Json.mapper().treeToValue(frame.get("message"), Message.class));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
