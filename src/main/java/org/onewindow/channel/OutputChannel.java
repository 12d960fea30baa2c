package org.onewindow.channel;

import io.vertx.core.Future;
import java.util.List;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;

/**
 * Sends messages to one user of a messaging platform outside the reply to that user's own turn:
 * staff replies, status changes, replies too slow for a passive answer. Implementations render
 * messages as the platform's short plain text and cap their length; the future fails when the
 * platform refused them.
 */
public interface OutputChannel {

    /** The channel name, as {@link InputChannel#name()}. */
    String name();

    /** Sends {@code messages} to the platform user {@code userId}, in order. */
    Future<Void> push(String userId, Lang locale, List<Message> messages);
}
