package org.onewindow.connector;

import java.time.Duration;
import java.util.Set;
import org.onewindow.signing.WebhookSigner;

/**
 * What every connector's file says, whatever its transport: id, department, adapter type, the
 * processes it receives, the payload mapping, the timeout of one attempt, the retry policy and
 * the circuit breaker's settings, the signing secret ({@code null} when {@code ONEWINDOW_CONNECTOR_<ID>_SECRET} is not set and the
 * adapter does not need one; callbacks are then refused). {@code adapter} is the section named
 * after the type ({@code http:}, {@code amqp:}, {@code file:}).
 */
public record ConnectorSpec(
        String id,
        String department,
        String type,
        String file,
        Set<String> processes,
        PayloadMapping mapping,
        Duration timeout,
        RetryPolicy retry,
        CircuitBreaker.Settings breaker,
        WebhookSigner signer,
        Settings adapter) {
    public ConnectorSpec {
        processes = Set.copyOf(processes);
    }

    /** The environment variable holding this connector's {@code whsec_} secret. */
    public static String secretVariable(String connectorId) {
        return "ONEWINDOW_CONNECTOR_"
                + connectorId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_SECRET";
    }
}
