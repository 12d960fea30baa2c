package org.onewindow.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.onewindow.codec.Json;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.process.Department;
import org.onewindow.process.DepartmentRegistry;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Lang;

/**
 * The message catalogue as flat key → text JSON, for the widget and the console, which format the
 * texts themselves. The departments' names are not in the catalogue: they are content, written once
 * in the department registry ({@code knowledge-base/departments.yaml}), and served here as
 * {@code department.<id>} entries computed from it. The texts change with a release or a registry
 * edit, so a strong ETag of the body lets browsers keep them.
 */
final class MessageRoutes {

    /** Browsers ask again after five minutes (as for the widget's script); an unchanged catalogue answers 304. */
    static final String CACHE_CONTROL = "public, max-age=300";

    /** The key prefix of a department's name: {@code department.<id>}. */
    static final String DEPARTMENT_PREFIX = "department.";

    private final MessageCatalog catalog;
    private final Supplier<DepartmentRegistry> departments;

    MessageRoutes(MessageCatalog catalog, Supplier<DepartmentRegistry> departments) {
        this.catalog = catalog;
        this.departments = departments;
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
        byte[] body = Json.writeBytes(texts(catalog, departments.get(), lang, prefixes));
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

    /**
     * The catalogue's texts of {@code lang} and the registry's names as {@code department.<id>}, only
     * the keys starting with one of {@code prefixes} (all when there is none).
     */
    static Map<String, String> texts(
            MessageCatalog catalog, DepartmentRegistry departments, Lang lang, List<String> prefixes) {
        Map<String, String> texts = new TreeMap<>(catalog.texts(lang, prefixes));
        for (Department d : departments.all()) {
            String key = DEPARTMENT_PREFIX + d.id();
            if (prefixes.isEmpty() || prefixes.stream().anyMatch(key::startsWith)) {
                texts.put(key, d.name(lang));
            }
        }
        return texts;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
