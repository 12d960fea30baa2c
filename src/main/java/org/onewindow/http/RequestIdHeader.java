package org.onewindow.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.logging.RequestIds;

/**
 * The first route: gives the request its correlation id (the client's {@code X-Request-Id} when it is short and
 * safe, else a new one), echoes it in the response header and attaches it to the request's Vert.x context, so that
 * every line logged while the request is served — its turn included — carries it.
 */
final class RequestIdHeader {

    static final String NAME = "X-Request-Id";

    private RequestIdHeader() {}

    static void handle(RoutingContext ctx) {
        String id = RequestIds.accept(ctx.request().getHeader(NAME));
        // The router runs this handler on the request's own duplicated context.
        RequestIds.attach(ctx.vertx().getOrCreateContext(), id);
        ctx.response().putHeader(NAME, id);
        ctx.next();
    }

    /**
     * The id already echoed on {@code response}, or a new one echoed now: errors written before the router
     * ran (an unreadable request, a late body) still get one, the same in header and body.
     */
    static String of(HttpServerResponse response) {
        String id = response.headers().get(NAME);
        if (id == null) {
            id = RequestIds.accept(null);
            response.putHeader(NAME, id);
        }
        return id;
    }
}
