package org.onewindow.privacy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention period of personal data, applied every hour (and by an admin on demand):
 * conversations idle for longer are deleted, decided submissions lose their payload
 * ({@link PersonalDataStore#purgeBefore}), and the deleted conversations leave the caches.
 */
public final class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    static final long EVERY_MS = 60 * 60 * 1000;

    private final Vertx vertx;
    private final PersonalDataStore store;
    private final Consumer<String> evict;
    private final int retentionDays;
    private final Clock clock;
    private long timer = -1;

    /** {@code evict} is told each deleted conversation's id, so no cache keeps it. */
    public RetentionJob(Vertx vertx, PersonalDataStore store, Consumer<String> evict, int retentionDays, Clock clock) {
        this.vertx = vertx;
        this.store = store;
        this.evict = evict;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** Applies the period now. */
    public Future<PersonalDataStore.Erasure> run() {
        return store.purgeBefore(clock.millis() - Duration.ofDays(retentionDays).toMillis())
                .onSuccess(erasure -> {
                    erasure.conversationIds().forEach(evict);
                    if (!erasure.conversationIds().isEmpty()) {
                        LOG.info(
                                "retention: removed {} conversations idle for {} days, {} submission payloads",
                                erasure.conversationIds().size(),
                                retentionDays,
                                erasure.deleted().get("submissionPayloads"));
                    }
                });
    }

    /** Applies the period every hour from now on. */
    public void start() {
        timer = vertx.setPeriodic(
                EVERY_MS, id -> run().onFailure(e -> LOG.error("retention could not be applied: {}", e.toString())));
    }

    public void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }
}
