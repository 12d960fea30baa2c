package org.onewindow.connector;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: leases due rows, hands each to its connector outside any transaction,
 * records the outcome and tells the {@link SubmissionStatusListener}. Retries follow each
 * connector's {@link RetryPolicy}; a {@link CircuitBreaker} per connector holds back deliveries
 * to a system that is down. A row whose relay died is taken over when its lease expires and is
 * delivered again with the same idempotency key. All decisions about time use the injected
 * clock; polling uses Vert.x timers. Runs on one Vert.x context.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    /** Callback message ids are remembered at least this long (replay protection). */
    public static final Duration CALLBACK_ID_RETENTION = Duration.ofDays(8);

    /**
     * How much the relay claims at once, how many deliveries may be in flight, how often it polls,
     * how long a claim lasts unless renewed (the relay renews its claims every third of it while
     * they are in flight), and the node it runs on: a stable name (per data directory) whose
     * claims from an earlier run of the same node are taken back at start.
     */
    public record Options(int batchSize, int maxInFlight, Duration pollInterval, Duration lease, String node) {
        public Options {
            if (batchSize < 1 || maxInFlight < batchSize) {
                throw new IllegalArgumentException("need 1 <= batchSize <= maxInFlight");
            }
            if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
                throw new IllegalArgumentException("the lease must be at least 3 s (it is renewed every third of it)");
            }
            if (node.isBlank() || node.contains(":") || node.length() > 40) {
                // a claim token is <node>/<run>:<batch> in a column of 100 characters
                throw new IllegalArgumentException("the node name must be 1-40 characters without ':'");
            }
        }

        /** The service's settings on a node. */
        public static Options of(Duration lease, String node) {
            return new Options(100, 400, Duration.ofMillis(200), lease, node);
        }
    }

    private final Vertx vertx;
    private final Context context;
    private final OutboxStore store;
    private final ConnectorRegistry registry;
    private final Clock clock;
    private final SubmissionStatusListener listener;
    private final Options options;
    private final DoubleSupplier random;
    private volatile DeliveryObserver observer = DeliveryObserver.NONE;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    /** This run's claim prefix, {@code <node>/<run>}: fences claims apart from the node's earlier runs. */
    private final String owner;

    private long batches;
    private int inFlight;
    private boolean claiming;
    private boolean running;
    private long pollTimer = -1;
    private long purgeTimer = -1;
    private long renewTimer = -1;
    private final List<Promise<Void>> drainWaiters = new ArrayList<>();

    public OutboxRelay(
            Vertx vertx,
            OutboxStore store,
            ConnectorRegistry registry,
            Clock clock,
            SubmissionStatusListener listener,
            Options options) {
        this(
                vertx,
                store,
                registry,
                clock,
                listener,
                options,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    OutboxRelay(
            Vertx vertx,
            OutboxStore store,
            ConnectorRegistry registry,
            Clock clock,
            SubmissionStatusListener listener,
            Options options,
            DoubleSupplier random) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.store = store;
        this.registry = registry;
        this.clock = clock;
        this.listener = listener;
        this.options = options;
        this.random = random;
        this.owner = options.node() + "/"
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    /**
     * Takes back the claims this node's earlier runs left (a crash leaves them claimed until their
     * lease ends), then starts polling the outbox, renewing its claims and forgetting old callback ids.
     */
    public Future<Void> start() {
        return onContext(() -> {
            if (running) {
                return Future.succeededFuture();
            }
            running = true;
            return store.releaseEarlierRuns(options.node() + "/", owner + ":", clock.instant())
                    .onSuccess(freed -> {
                        if (freed > 0) {
                            LOG.info(
                                    "took back {} deliveries claimed by an earlier run of node {}",
                                    freed,
                                    options.node());
                        }
                    })
                    .recover(e -> {
                        LOG.warn(
                                "taking back this node's earlier claims failed (they are retried when their lease ends): {}",
                                e.toString());
                        return Future.succeededFuture(0);
                    })
                    .<Void>mapEmpty()
                    .onComplete(ar -> {
                        pollTimer = vertx.setPeriodic(options.pollInterval().toMillis(), id -> pump());
                        purgeTimer = vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> purge());
                        renewTimer = vertx.setPeriodic(options.lease().toMillis() / 3, id -> renew());
                        purge();
                        pump();
                    });
        });
    }

    /** Stops claiming and waits (at most {@code grace}) for deliveries in flight to be recorded. */
    public Future<Void> stop(Duration grace) {
        return onContext(() -> {
            running = false;
            if (pollTimer >= 0) {
                vertx.cancelTimer(pollTimer);
                vertx.cancelTimer(purgeTimer);
                vertx.cancelTimer(renewTimer);
                pollTimer = -1;
            }
            if (inFlight == 0 && !claiming) {
                return Future.succeededFuture();
            }
            Promise<Void> drained = Promise.promise();
            drainWaiters.add(drained);
            return drained.future()
                    .timeout(grace.toMillis(), TimeUnit.MILLISECONDS)
                    .recover(e -> {
                        LOG.warn(
                                "relay stopped with {} deliveries in flight; their leases will expire and they will be retried",
                                inFlight);
                        return Future.succeededFuture();
                    });
        });
    }

    /** Looks for due work now (e.g. right after a submission committed its outbox rows). */
    public void wake() {
        context.runOnContext(v -> pump());
    }

    /**
     * Claims one batch of due rows and delivers it; completes when every outcome is recorded,
     * with the number of rows claimed. For tests and tools that drive the relay with a clock.
     */
    public Future<Integer> runOnce() {
        return onContext(() -> claimAndDeliver(options.batchSize()));
    }

    /** The breaker state per connector that has seen traffic. */
    public Map<String, CircuitBreaker.State> breakerStates() {
        Map<String, CircuitBreaker.State> states = new java.util.TreeMap<>();
        breakers.forEach((id, breaker) -> states.put(id, breaker.state()));
        return states;
    }

    /** Extends the lease of every delivery this run has in flight, so a slow one is not taken over. */
    private void renew() {
        if (inFlight == 0) {
            return;
        }
        Instant now = clock.instant();
        store.renew(owner + ":", now.plus(options.lease()))
                .onFailure(
                        e -> LOG.warn("renewing the outbox claims failed (they may be taken over): {}", e.toString()));
    }

    private void pump() {
        if (!running || claiming) {
            return;
        }
        int room = options.maxInFlight() - inFlight;
        if (room >= Math.min(options.batchSize(), options.maxInFlight() / 4)) {
            claimAndDeliver(Math.min(options.batchSize(), room));
        }
    }

    private Future<Integer> claimAndDeliver(int limit) {
        claiming = true;
        Instant now = clock.instant();
        String token = owner + ":" + (++batches);
        return store.claim(token, now, now.plus(options.lease()), limit)
                .andThen(ar -> {
                    claiming = false;
                    if (ar.failed()) {
                        LOG.warn("claiming outbox rows failed: {}", ar.cause().toString());
                        notifyIfDrained();
                    }
                })
                .compose(batch -> {
                    inFlight += batch.size();
                    List<Future<Void>> deliveries = new ArrayList<>(batch.size());
                    for (ClaimedDelivery delivery : batch) {
                        deliveries.add(deliverOne(delivery).andThen(ar -> {
                            inFlight--;
                            notifyIfDrained();
                            if (inFlight <= options.maxInFlight() / 2) {
                                pump();
                            }
                            if (ar.failed()) {
                                LOG.warn(
                                        "recording the outcome of delivery {} failed (it will be retried when its lease expires): {}",
                                        delivery.id(),
                                        ar.cause().toString());
                            }
                        }));
                    }
                    if (batch.size() == limit) {
                        pump();
                    }
                    notifyIfDrained();
                    return Future.join(deliveries).transform(ar -> Future.succeededFuture(batch.size()));
                });
    }

    private Future<Void> deliverOne(ClaimedDelivery claimed) {
        Optional<ConnectorRegistry.Entry> found = registry.find(claimed.connectorId());
        if (found.isEmpty()) {
            LOG.warn(
                    "delivery {} is for connector {}, which is no longer configured; held for an hour",
                    claimed.id(),
                    claimed.connectorId());
            return store.release(claimed, clock.instant().plus(Duration.ofHours(1)));
        }
        ConnectorSpec spec = found.get().spec();
        CircuitBreaker breaker = breakers.computeIfAbsent(spec.id(), id -> CircuitBreaker.of(spec.breaker(), clock));
        if (!breaker.tryAcquire()) {
            Instant earliest = clock.instant().plusSeconds(1);
            Instant due = breaker.retryAt().isAfter(earliest) ? breaker.retryAt() : earliest;
            return store.release(claimed, due.plusMillis((long) (random.getAsDouble() * 1000)));
        }
        int attempt = claimed.attempts() + 1;
        Instant started = clock.instant();
        Delivery delivery = new Delivery(
                claimed.id(), spec.id(), claimed.submissionId(), claimed.version(), claimed.body(), attempt, started);
        Future<DeliveryOutcome> call;
        try {
            call = found.get().connector().deliver(delivery);
        } catch (RuntimeException e) {
            call = Future.failedFuture(e);
        }
        return call.timeout(spec.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)
                .recover(e -> Future.succeededFuture(DeliveryOutcome.retry(describe(e))))
                .compose(outcome -> record(claimed, spec, breaker, attempt, started, outcome));
    }

    /** Tells {@code observer} of every attempt from now on (the node's metrics); set before {@link #start}. */
    public void observeAttempts(DeliveryObserver observer) {
        this.observer = observer;
    }

    private Future<Void> record(
            ClaimedDelivery claimed,
            ConnectorSpec spec,
            CircuitBreaker breaker,
            int attempt,
            Instant started,
            DeliveryOutcome outcome) {
        Instant now = clock.instant();
        DeliveryState state;
        Instant nextDue = null;
        switch (outcome.kind()) {
            case DELIVERED -> {
                breaker.onSuccess();
                state = DeliveryState.DELIVERED;
            }
            case REFUSED -> {
                breaker.onSuccess();
                state = DeliveryState.FAILED;
            }
            default -> {
                breaker.onFailure();
                if (spec.retry().exhausted(attempt, claimed.since(), now)) {
                    state = DeliveryState.DEAD;
                } else {
                    state = DeliveryState.PENDING;
                    nextDue = now.plus(spec.retry().delay(attempt, random.getAsDouble(), outcome.retryAfter()));
                }
            }
        }
        String error = outcome.kind() == DeliveryOutcome.Kind.DELIVERED ? null : outcome.reason();
        observer.attempted(spec.id(), state);
        AttemptResult result = new AttemptResult(
                claimed,
                attempt,
                started,
                now,
                state,
                nextDue,
                outcome.kind().name().toLowerCase(java.util.Locale.ROOT),
                outcome.statusCode(),
                error);
        if (state != DeliveryState.PENDING && state != DeliveryState.DELIVERED) {
            LOG.warn(
                    "delivery {} to {} {} after {} attempt(s): {}",
                    claimed.id(),
                    spec.id(),
                    state == DeliveryState.DEAD ? "dead-lettered" : "refused",
                    attempt,
                    error);
        }
        return store.finish(result).map(recorded -> {
            if (recorded && state != DeliveryState.PENDING) {
                TargetStatus status = state == DeliveryState.DELIVERED ? TargetStatus.DELIVERED : TargetStatus.FAILED;
                notifyListener(claimed, status, error);
            }
            return null;
        });
    }

    private void notifyListener(ClaimedDelivery claimed, TargetStatus status, String comment) {
        try {
            listener.statusChanged(
                    claimed.submissionId(), claimed.version(), claimed.connectorId(), status, comment, List.of());
        } catch (RuntimeException e) {
            LOG.error(
                    "status listener failed for submission {} at {}", claimed.submissionId(), claimed.connectorId(), e);
        }
    }

    private void purge() {
        store.purgeCallbackIds(clock.instant().minus(CALLBACK_ID_RETENTION))
                .onFailure(e -> LOG.warn("forgetting old callback ids failed: {}", e.toString()));
    }

    private void notifyIfDrained() {
        if (inFlight == 0 && !claiming && !drainWaiters.isEmpty()) {
            List<Promise<Void>> waiters = new ArrayList<>(drainWaiters);
            drainWaiters.clear();
            waiters.forEach(Promise::tryComplete);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private <T> Future<T> onContext(java.util.function.Supplier<Future<T>> action) {
        Promise<T> promise = Promise.promise();
        context.runOnContext(v -> {
            try {
                action.get().onComplete(promise);
            } catch (RuntimeException e) {
                promise.fail(e);
            }
        });
        return promise.future();
    }
}
