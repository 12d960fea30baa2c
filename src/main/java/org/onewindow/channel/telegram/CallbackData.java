package org.onewindow.channel.telegram;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.onewindow.channel.ChannelStore;

/**
 * A quick reply's action as a button's {@code callback_data}, which holds 1-64 bytes: the action
 * itself when it fits, else {@code #} and a short id derived from it, remembered in the store.
 */
final class CallbackData {

    static final int MAX_BYTES = 64;
    private static final char SHORT = '#';

    private final ChannelStore store;
    private final Clock clock;

    CallbackData(ChannelStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Future<String> encode(String action) {
        if (action.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
                && !action.isEmpty()
                && action.charAt(0) != SHORT) {
            return Future.succeededFuture(action);
        }
        String id = shortId(action);
        return store.saveAction(id, action, clock.instant()).map(v -> SHORT + id);
    }

    Future<Optional<String>> decode(String data) {
        if (data == null || data.isEmpty()) {
            return Future.succeededFuture(Optional.empty());
        }
        if (data.charAt(0) != SHORT) {
            return Future.succeededFuture(Optional.of(data));
        }
        return store.action(data.substring(1));
    }

    static String shortId(String action) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(action.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
