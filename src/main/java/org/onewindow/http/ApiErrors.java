package org.onewindow.http;

import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.codec.Json;
import org.onewindow.logging.RequestIds;
import org.onewindow.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: every error becomes {@code {"error": {"code", "message"}, "requestId"}}, never a stack
 * trace; the request id is the one of the {@code X-Request-Id} response header and of the request's log lines.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    static void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status;
        String code;
        String message;
        if (failure instanceof ApiException api) {
            status = api.status();
            code = api.code();
            message = api.getMessage();
        } else if (failure instanceof DecodeException) {
            status = 400;
            code = "malformed_json";
            message = "The request body is not valid JSON.";
        } else if (failure instanceof HttpPostRequestDecoder.TooLongFormFieldException) {
            status = 400;
            code = "form_field_too_long";
            message = "A part of the upload (its headers or file name) is longer than "
                    + HttpVerticle.MAX_PART_HEADER_BYTES + " bytes.";
        } else if (failure instanceof HttpPostRequestDecoder.TooManyFormFieldsException) {
            status = 400;
            code = "too_many_form_fields";
            message = "The upload has more parts than this endpoint accepts.";
        } else if (failure instanceof HttpPostRequestDecoder.ErrorDataDecoderException) {
            status = 400;
            code = "malformed_multipart";
            message = "The upload is not a well-formed multipart/form-data body.";
        } else if (failure instanceof HttpException http) {
            status = http.getStatusCode();
            code = codeFor(status);
            message = messageFor(status, http.getPayload());
        } else if (failure != null && String.valueOf(failure.getMessage()).startsWith("CORS Rejected")) {
            // The CORS handler refuses an origin that is not allowed to embed the widget.
            status = 403;
            code = "origin_not_allowed";
            message = "This origin may not call the API (allowed-origins).";
        } else if (ctx.request().version() == HttpVersion.HTTP_1_1
                && ctx.request().authority() == null) {
            // The router refuses such a request before any route; it is the client's fault, not ours.
            status = 400;
            code = "host_required";
            message = "An HTTP/1.1 request needs a valid Host header.";
        } else if (failure == null) {
            status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            code = codeFor(status);
            message = messageFor(status, null);
        } else {
            status = 500;
            code = "internal_error";
            message = "Something went wrong on our side; nothing was changed. Please try again.";
            LOG.error(
                    "unexpected failure on {} {}",
                    ctx.request().method(),
                    ctx.request().path(),
                    failure);
        }
        send(ctx, status, code, message);
    }

    static void send(RoutingContext ctx, int status, String code, String message) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        write(response, status, code, message);
    }

    /** Writes the error body on {@code response}: the one shape of every error, also outside the router. */
    static Future<Void> write(HttpServerResponse response, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", Map.of("code", code, "message", message));
        body.put(RequestIds.KEY, RequestIdHeader.of(response));
        return response.setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(Json.write(body));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "request_failed";
        };
    }

    private static String messageFor(int status, String payload) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is larger than this endpoint accepts.";
            case 415 -> "The request body must be JSON (Content-Type: application/json).";
            default -> payload != null && !payload.isBlank() ? payload : "The request could not be served.";
        };
    }
}
