package org.onewindow.dialogue;

import java.util.Map;
import java.util.Objects;
import org.onewindow.shared.InboundMessage;

/**
 * One turn's input to the dialogue: the state so far, the message, and the facts the service
 * already knows about the enterprise (for pre-filling, e.g. {@code enterprise.name}).
 */
public record DialogueTurn(DialogueState state, InboundMessage message, Map<String, String> knownFacts) {
    public DialogueTurn {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        knownFacts = knownFacts == null ? Map.of() : Map.copyOf(knownFacts);
    }
}
