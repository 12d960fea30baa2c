package org.onewindow.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.onewindow.codec.Json;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Lang;

/**
 * The message catalogue as flat key → text JSON, for the widget and the console, which format the
 * texts themselves. The texts change only with a release, so a strong ETag lets browsers keep them.
 */
final class MessageRoutes {

    /** Browsers ask again after five minutes (as for the widget's script); an unchanged catalogue answers 304. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private final MessageCatalog catalog;

    MessageRoutes(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    void mount(Router router) {
        router.get("/api/v1/messages/:lang").handler(this::handleMessages);
    }

    private void handleMessages(RoutingContext ctx) {
        String code = ctx.pathParam("lang");
        Lang lang = java.util.Arrays.stream(Lang.values())
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(
                        "unknown_language", "No messages in language \"" + code + "\"; there are: en, zh."));
        List<String> prefixes =
                ctx.queryParam("prefix").stream().filter(p -> !p.isEmpty()).toList();
        Map<String, String> texts = catalog.texts(lang, prefixes);
        byte[] body = Json.writeBytes(texts);
        String etag = "\"" + sha256(body) + "\"";
        ctx.response().putHeader("ETag", etag).putHeader("Cache-Control", CACHE_CONTROL);
        if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response()
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(Buffer.buffer(body));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
