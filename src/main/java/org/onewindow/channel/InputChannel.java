package org.onewindow.channel;

import io.vertx.ext.web.Router;

/**
 * A messaging platform's inbound endpoint (WeChat message push, Telegram webhook, the generic
 * signed webhook). Implementations check the platform's signature on every request and answer a
 * missing or wrong one with 401 before anything is processed.
 */
public interface InputChannel {

    /** The channel name stored with its conversations: "wechat", "telegram", "webhook". */
    String name();

    /** Adds this channel's routes (under {@code /api/v1/channels/<name>}) to {@code router}. */
    void mount(Router router);
}
