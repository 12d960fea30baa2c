package org.onewindow.channel.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.shared.TokenBucket;

/**
 * Per-user and per-channel token buckets (by default 20 messages a minute per user, 600 per
 * channel). Over a limit the user is told once — until one of their messages is let through
 * again — and nothing is processed.
 */
public final class RateLimits {

    /** What to do with one inbound message. */
    public enum Verdict {
        ALLOW,
        REFUSE_AND_TELL,
        REFUSE_SILENTLY
    }

    private static final long MINUTE = 60_000;

    private final Clock clock;
    private final int perUser;
    private final int perChannel;
    private final Map<String, TokenBucket> channels = new ConcurrentHashMap<>();
    private final Cache<String, UserState> users = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    public RateLimits(Clock clock, int perUserPerMinute, int perChannelPerMinute) {
        if (perUserPerMinute < 1 || perChannelPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1 message a minute");
        }
        this.clock = clock;
        this.perUser = perUserPerMinute;
        this.perChannel = perChannelPerMinute;
    }

    public static RateLimits defaults(Clock clock) {
        return new RateLimits(clock, 20, 600);
    }

    public Verdict check(String channel, String userId) {
        UserState user =
                users.get(channel + '\u0000' + userId, k -> new UserState(new TokenBucket(clock, perUser, MINUTE)));
        TokenBucket channelBucket = channels.computeIfAbsent(channel, k -> new TokenBucket(clock, perChannel, MINUTE));
        synchronized (user) {
            boolean allowed = user.bucket.tryTake() && channelBucket.tryTake();
            if (allowed) {
                user.told = false;
                return Verdict.ALLOW;
            }
            if (user.told) {
                return Verdict.REFUSE_SILENTLY;
            }
            user.told = true;
            return Verdict.REFUSE_AND_TELL;
        }
    }

    private static final class UserState {
        final TokenBucket bucket;
        boolean told;

        UserState(TokenBucket bucket) {
            this.bucket = bucket;
        }
    }
}
