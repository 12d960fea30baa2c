package org.onewindow.http;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests the HTTP decoder could not read (a request line or headers over the limit, a negative Content-Length, a
 * garbled line) get the same JSON error body as every other failure, and the connection is closed: after a decoding
 * error the rest of the stream cannot be trusted.
 */
final class InvalidRequests {

    private InvalidRequests() {}

    static void respond(HttpServerRequest request) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        int status;
        String code;
        String message;
        if (cause instanceof TooLongHttpLineException) {
            status = 414;
            code = "uri_too_long";
            message = "The request line is longer than this server accepts; send long input in a JSON body.";
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = 431;
            code = "headers_too_large";
            message = "The request headers are larger than this server accepts.";
        } else {
            status = 400;
            code = "malformed_request";
            message = "The request is not well-formed HTTP.";
        }
        ApiErrors.write(request.response().putHeader("Connection", "close"), status, code, message)
                .onComplete(done -> request.connection().close());
    }
}
