package org.onewindow.dialogue;

import java.util.Map;
import java.util.Objects;
import org.onewindow.policy.Fact;
import org.onewindow.shared.InboundMessage;

/**
 * One turn's input to the dialogue: the state so far, the message, and the facts the service
 * already knows about the enterprise (for pre-filling, e.g. {@code enterprise.name}), and the
 * enterprise's stored profile when the conversation is verified for it.
 */
public record DialogueTurn(
        DialogueState state, InboundMessage message, Map<String, String> knownFacts, Map<String, Fact> profile) {
    public DialogueTurn {
        profile = profile == null ? Map.of() : Map.copyOf(profile);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        knownFacts = knownFacts == null ? Map.of() : Map.copyOf(knownFacts);
    }
}
