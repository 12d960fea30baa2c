package org.onewindow.channel.webhook;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.onewindow.channel.core.PlainText;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.QuickReply;

/**
 * The webhook channel's outgoing JSON: {@code {"type": "reply"|"push", "userId", "text",
 * "messages": [{"seq", "from", "type", "text", "sources": [...], "options": [{"number", "label", "action"}]}]}}.
 * {@code text} is everything as one plain text with numbered options, for platforms that show only text.
 */
final class WebhookPayloads {

    private WebhookPayloads() {}

    static JsonObject of(String type, String userId, Lang locale, List<Message> messages) {
        JsonArray list = new JsonArray();
        for (Message m : messages) {
            JsonArray options = new JsonArray();
            int n = 1;
            for (QuickReply option : m.quickReplies()) {
                options.add(new JsonObject()
                        .put("number", n++)
                        .put("label", PlainText.strip(option.label()))
                        .put("action", option.action()));
            }
            JsonArray sources = new JsonArray();
            for (Citation c : m.citations()) {
                sources.add(new JsonObject().put("title", c.title()).put("source", c.source()));
            }
            list.add(new JsonObject()
                    .put("seq", m.seq())
                    .put("from", m.from().toString())
                    .put("type", m.type().toString())
                    .put("text", PlainText.render(m, locale, false))
                    .put("sources", sources)
                    .put("options", options));
        }
        return new JsonObject()
                .put("type", type)
                .put("userId", userId)
                .put("locale", locale.code())
                .put("text", PlainText.renderAll(messages, locale, true))
                .put("messages", list);
    }
}
