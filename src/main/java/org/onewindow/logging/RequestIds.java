package org.onewindow.logging;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxBootstrap;
import io.vertx.core.spi.VertxServiceProvider;
import io.vertx.core.spi.context.storage.ContextLocal;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The correlation id of the request being served, kept as a local of its Vert.x context.
 *
 * <p>Vert.x serves every HTTP request on a <em>duplicated</em> context of its event loop: whatever runs
 * for that request (handlers, futures composed from them, {@code executeBlocking} on a worker) runs with
 * that context current, so a local of it follows the request across threads where a thread-local (the MDC)
 * would leak from one request to the next. {@link RequestIdInMdc} copies it into the MDC at each log call.
 *
 * <p>A {@link ContextLocal} must be registered before the first {@code Vertx} is built; Vert.x loads its
 * {@link VertxServiceProvider}s first, hence this class is one (declared in {@code META-INF/services}).
 */
public final class RequestIds implements VertxServiceProvider {

    /** The MDC key, also the JSON field of error bodies. */
    public static final String KEY = "requestId";

    private static final ContextLocal<String> LOCAL = ContextLocal.registerLocal(String.class);
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public void init(VertxBootstrap builder) {
        // Nothing to set up: being loaded registered LOCAL.
    }

    /** {@code incoming} when it is short and safe to log and echo, else a new id. */
    public static String accept(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : generate();
    }

    /** Sixteen hex digits: unique enough to find one request in a day's logs, cheaper than a random UUID. */
    static String generate() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }

    /** Attaches {@code id} to {@code context}, which must be the request's own (duplicated) context. */
    public static void attach(Context context, String id) {
        context.putLocal(LOCAL, id);
    }

    /** The id of the request the calling code runs for, or {@code null} outside any request. */
    public static String current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(LOCAL);
    }
}
