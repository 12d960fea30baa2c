package org.onewindow.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.codec.Json;
import org.onewindow.shared.ApiException;

/** Reading requests and writing JSON responses the same way in every route. */
final class Requests {

    private Requests() {}

    /**
     * The body as a JSON object; an empty body is an empty object. 415 when a body comes under another media type,
     * 400 for anything else that is not a JSON object.
     */
    static JsonObject jsonObject(RoutingContext ctx) {
        String raw = ctx.body().asString("UTF-8");
        if (raw == null || raw.isBlank()) {
            return new JsonObject();
        }
        if (!isJson(ctx.request().getHeader("Content-Type"))) {
            throw new ApiException(
                    415, "unsupported_media_type", "The request body must be JSON (Content-Type: application/json).");
        }
        Object parsed;
        try {
            parsed = io.vertx.core.json.Json.decodeValue(raw);
        } catch (DecodeException e) {
            throw ApiException.badRequest("malformed_json", "The request body is not valid JSON.");
        }
        if (!(parsed instanceof JsonObject object)) {
            throw ApiException.badRequest("json_object_expected", "The request body must be a JSON object.");
        }
        return object;
    }

    /** {@code application/json} or a {@code +json} type, with any parameters such as a charset. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** An optional string member; 400 naming the member when it has another type. */
    static String optionalString(JsonObject body, String name) {
        Object value = body.getValue(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw ApiException.badRequest("invalid_" + name, name + " must be a string.");
        }
        return s;
    }

    static JsonObject optionalObject(JsonObject body, String name) {
        Object value = body.getValue(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject o)) {
            throw ApiException.badRequest("invalid_" + name, name + " must be a JSON object.");
        }
        return o;
    }

    /**
     * The client's address as this server sees it (the TCP peer; behind a reverse proxy, the proxy's), for limits
     * and throttles kept per client.
     */
    static String clientAddress(RoutingContext ctx) {
        io.vertx.core.net.SocketAddress remote = ctx.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    /** The bearer token of the Authorization header; 401 when missing. */
    static String bearerToken(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ApiException(401, "unauthorized", "A bearer token is required (Authorization: Bearer <token>).");
        }
        return header.substring(7).trim();
    }

    static long longParam(RoutingContext ctx, String name, long dflt) {
        String raw = ctx.request().getParam(name);
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_" + name, name + " must be a non-negative integer.");
        }
    }

    static void sendJson(RoutingContext ctx, int status, Object body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(Buffer.buffer(Json.writeBytes(body)));
    }
}
