package org.onewindow.connector;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured connectors by id, and which of them receive which process. Also plans the
 * outbox rows of a submission version: one per target connector, with that connector's mapping
 * applied to the intake payload.
 */
public final class ConnectorRegistry {

    /** A connector with the configuration it was built from. */
    public record Entry(ConnectorSpec spec, Connector connector) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public ConnectorRegistry(Collection<Entry> entries) {
        for (Entry entry : entries) {
            if (this.entries.putIfAbsent(entry.spec().id(), entry) != null) {
                throw new ConnectorConfigException(entry.spec().file() + ": id: the connector id \""
                        + entry.spec().id() + "\" is also used by "
                        + this.entries.get(entry.spec().id()).spec().file());
            }
        }
    }

    public Optional<Entry> find(String connectorId) {
        return Optional.ofNullable(entries.get(connectorId));
    }

    public Collection<Entry> all() {
        return entries.values();
    }

    /** The connectors that receive {@code processId}, in configuration order. */
    public List<String> targetsFor(String processId) {
        List<String> ids = new ArrayList<>();
        entries.values().forEach(e -> {
            if (e.spec().processes().contains(processId)) {
                ids.add(e.spec().id());
            }
        });
        return ids;
    }

    /**
     * The outbox rows for one version: to its explicit targets, or else to every connector of its
     * process. IllegalArgumentException for an unknown target or a payload that is not a JSON object.
     */
    public List<OutboxRow> plan(SubmissionVersion submission, Instant now) {
        JsonObject payload;
        try {
            payload = new JsonObject(submission.payloadJson());
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException(
                    "the payload of submission " + submission.submissionId() + " is not a JSON object");
        }
        List<String> targets =
                submission.targets().isEmpty() ? targetsFor(submission.processId()) : submission.targets();
        List<OutboxRow> rows = new ArrayList<>(targets.size());
        for (String id : targets) {
            Entry entry = entries.get(id);
            if (entry == null) {
                throw new IllegalArgumentException("no connector \"" + id + "\" is configured");
            }
            String body = entry.spec().mapping().apply(payload).encode();
            rows.add(new OutboxRow(
                    OutboxRow.idempotencyKey(submission.submissionId(), submission.version(), id),
                    submission.submissionId(),
                    submission.version(),
                    id,
                    submission.processId(),
                    submission.conversationId(),
                    body,
                    now));
        }
        return rows;
    }

    public Future<Void> close() {
        List<Future<Void>> closing = new ArrayList<>();
        entries.values().forEach(e -> closing.add(e.connector().close()));
        return Future.join(closing).mapEmpty();
    }
}
