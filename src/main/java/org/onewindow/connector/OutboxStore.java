package org.onewindow.connector;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable outbox of deliveries, declared here and implemented by the store. Every returned
 * future completes only after the change is committed. Rows are written with their submission
 * (in the submission's transaction); the relay then leases due rows, calls the approval system
 * outside any transaction and records the outcome.
 */
public interface OutboxStore {

    /** Inserts rows in a transaction of their own (the submission's transaction is preferred). */
    Future<Void> insert(List<OutboxRow> rows);

    /**
     * Leases up to {@code limit} pending rows due at {@code now} (whose earlier lease, if any,
     * has expired) until {@code leaseUntil}, under {@code claimToken}. Safe against concurrent
     * relays in other processes.
     */
    Future<List<ClaimedDelivery>> claim(String claimToken, Instant now, Instant leaseUntil, int limit);

    /**
     * Extends to {@code leaseUntil} the lease of every pending row whose claim token starts with
     * {@code claimPrefix} (one relay run's deliveries in flight); returns how many.
     */
    Future<Integer> renew(String claimPrefix, Instant leaseUntil);

    /**
     * Frees, due at {@code now}, every pending row claimed under {@code nodePrefix} but not under
     * {@code currentRun}: what a node's earlier run (killed mid-delivery) left claimed. Returns how many.
     */
    Future<Integer> releaseEarlierRuns(String nodePrefix, String currentRun, Instant now);

    /** Records an attempt and the row's new state; false when the lease was lost meanwhile. */
    Future<Boolean> finish(AttemptResult result);

    /** Gives a leased row back without an attempt (e.g. circuit open), due again at {@code dueAt}. */
    Future<Void> release(ClaimedDelivery delivery, Instant dueAt);

    /**
     * Stores a callback atomically: refuses a message id already seen for that connector
     * ({@code REPLAY}), or a submission without outbox rows for that connector
     * ({@code UNKNOWN_SUBMISSION}) and then changes nothing; else remembers the message id and
     * sets the status of the connector's latest version of the submission.
     */
    Future<CallbackResult> applyCallback(StatusCallback callback);

    /** Forgets callback message ids received before {@code before}. */
    Future<Integer> purgeCallbackIds(Instant before);

    Future<List<DeliveryView>> list(DeliveryQuery query);

    Future<Optional<DeliveryDetail>> find(String deliveryId);

    /** Puts a failed, dead or cancelled delivery back to pending, due at {@code now}, with a fresh retry budget. */
    Future<Optional<DeliveryView>> retry(String deliveryId, Instant now);

    /** Cancels a pending, failed or dead delivery. */
    Future<Optional<DeliveryView>> cancel(String deliveryId, Instant now);

    /** How many rows are in each state (for health and dashboards). */
    Future<java.util.Map<DeliveryState, Long>> countByState();

    /** How many rows each connector has in each state it has rows in (for the operators' metrics). */
    Future<java.util.Map<String, java.util.Map<DeliveryState, Long>>> countByConnector();

    /** The submission's status per connector (each connector's latest version). */
    Future<List<TargetView>> targets(String submissionId);
}
