package org.onewindow.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.time.Clock;
import java.time.Duration;
import org.onewindow.config.AppConfig;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.TokenBucket;

/**
 * Limits what one client address may ask of the conversation API: conversations opened, and
 * messages or files sent, per minute (token buckets, a burst of a minute's worth). Over a limit
 * the request is refused with 429 and {@code Retry-After} before its JSON is parsed or its token
 * checked (an upload before its file is read), so a flood costs little and leaves nothing stored.
 * Shared by every HTTP verticle instance.
 */
public final class FloodGuard {

    private static final long MINUTE_MILLIS = 60_000;

    private final Clock clock;
    private final AppConfig.ClientLimits limits;
    private final Cache<String, ClientBuckets> clients = Caffeine.newBuilder()
            // An idle client's buckets are full again within a minute; forgetting them later changes nothing.
            .expireAfterAccess(Duration.ofMinutes(5))
            .maximumSize(200_000)
            // Every request reads this cache: its upkeep runs in small steps on the reading event
            // loop rather than as tasks handed to the common pool.
            .executor(Runnable::run)
            .build();

    public FloodGuard(Clock clock, AppConfig.ClientLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** Lets a request that opens a conversation through, or refuses it; after its (small) body is in. */
    Handler<RoutingContext> openings() {
        return ctx -> admit(ctx, buckets(ctx).openings(), "new conversations");
    }

    /** Lets a request that sends a message through, or refuses it; after its (small) body is in. */
    Handler<RoutingContext> messages() {
        return ctx -> admit(ctx, buckets(ctx).messages(), "messages");
    }

    /**
     * Lets an upload through, or refuses it before the file is read and written to disk (a
     * platform handler: Vert.x Web runs it ahead of the body handler). It counts as a message.
     */
    PlatformHandler uploads() {
        return ctx -> admit(ctx, buckets(ctx).messages(), "messages");
    }

    private static void admit(RoutingContext ctx, TokenBucket bucket, String what) {
        if (bucket.tryTake()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (bucket.millisUntilNext() + 999) / 1000);
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        ctx.fail(new ApiException(
                429, "rate_limited", "Too many " + what + " from this address; try again in " + seconds + " seconds."));
    }

    private ClientBuckets buckets(RoutingContext ctx) {
        return clients.get(
                Requests.clientAddress(ctx),
                address -> new ClientBuckets(
                        new TokenBucket(clock, limits.openingsPerMinute(), MINUTE_MILLIS),
                        new TokenBucket(clock, limits.messagesPerMinute(), MINUTE_MILLIS)));
    }

    private record ClientBuckets(TokenBucket openings, TokenBucket messages) {}
}
