package org.onewindow.channel.core;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A document a channel user sent as a media message (a WeChat image, a Telegram document or
 * photo), fetched from the platform when the turn runs, within the channel's size limit.
 */
public record ChannelFile(Supplier<Future<Received>> fetch) {
    public ChannelFile {
        Objects.requireNonNull(fetch, "fetch");
    }

    /** The fetched document: the name it is stored under (its extension says its type) and its bytes. */
    public record Received(String name, Buffer content) {
        public Received {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }
}
