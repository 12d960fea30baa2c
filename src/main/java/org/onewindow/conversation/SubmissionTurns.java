package org.onewindow.conversation;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onewindow.codec.Json;
import org.onewindow.connector.SubmissionStatus;
import org.onewindow.connector.TargetStatus;
import org.onewindow.dialogue.Decision;
import org.onewindow.dialogue.Dialogue;
import org.onewindow.dialogue.SubmissionChange;
import org.onewindow.dialogue.SubmissionDraft;
import org.onewindow.process.IntakePayload;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Reply;
import org.onewindow.shared.SubmissionSummary;

/**
 * The submission side of turns: a confirmed process becomes a numbered submission record (the
 * intake payload's envelope, as the connectors deliver it), a change its next version, and an
 * approval system's status the submission's card. Records are stored by the turn's commit.
 */
final class SubmissionTurns {

    private final ConversationStore store;
    private final Dialogue dialogue;
    private final SubmissionRouting routing;
    private final Clock clock;

    SubmissionTurns(ConversationStore store, Dialogue dialogue, SubmissionRouting routing, Clock clock) {
        this.store = store;
        this.dialogue = dialogue;
        this.routing = routing;
        this.clock = clock;
    }

    /** A confirmed process: its first version, numbered with the year's next receipt, for every target of the process. */
    Future<TurnOutcome> submit(Conversation conversation, InboundMessage message, Decision decision) {
        Instant now = clock.instant();
        int year = now.atZone(ZoneId.of("Asia/Shanghai")).getYear();
        return store.nextReceiptNumber(year).map(number -> {
            SubmissionDraft draft = decision.submission();
            IntakePayload payload = draft.payload();
            String id = UUID.randomUUID().toString();
            String receipt = String.format(Locale.ROOT, "OW-%d-%06d", year, number);
            List<SubmissionSummary.Target> targets = routing.targetsFor(payload.processId()).stream()
                    .map(connector -> new SubmissionSummary.Target(connector, TargetStatus.PENDING.toString(), null))
                    .toList();
            SubmissionSummary summary = new SubmissionSummary(
                    id,
                    receipt,
                    1,
                    payload.processId(),
                    SubmissionStatus.SUBMITTED.toString(),
                    payload.expectedBy(),
                    targets);
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("schemaVersion", payload.schemaVersion());
            envelope.put("submissionId", id);
            envelope.put("receipt", receipt);
            envelope.put("version", 1);
            envelope.put("processId", payload.processId());
            envelope.put("conversationId", conversation.id());
            envelope.put("enterprise", conversation.enterprise());
            envelope.put("answers", payload.answers());
            envelope.put("documents", payload.documents());
            envelope.put("departments", payload.departments());
            envelope.put("privacyConsent", payload.privacyConsent());
            envelope.put("submittedAt", now.toString());
            envelope.put("expectedBy", payload.expectedBy());
            envelope.put("lang", payload.lang());
            SubmissionRecord record = new SubmissionRecord(
                    id,
                    1,
                    receipt,
                    conversation.id(),
                    payload.processId(),
                    conversation.enterprise().verified()
                            ? conversation.enterprise().uscc()
                            : null,
                    Json.write(envelope),
                    "submitted",
                    payload.expectedBy(),
                    now,
                    List.of());
            List<Reply> replies = new ArrayList<>(decision.replies());
            replies.add(dialogue.submitted(draft, summary));
            return new TurnOutcome(
                    message,
                    decision,
                    decision.state().withSubmission(summary),
                    replies,
                    List.of(record),
                    null,
                    Map.of());
        });
    }

    /**
     * A change to a stored submission: its next version with the changed answers (delivered to
     * the connectors concerned, under a new idempotency key), or its withdrawal.
     */
    Future<TurnOutcome> change(InboundMessage message, Decision decision) {
        SubmissionChange change = decision.change();
        SubmissionSummary current = decision.state().submissions().stream()
                .filter(s -> s.id().equals(change.submissionId()))
                .findFirst()
                .orElse(null);
        if (current == null) {
            return Future.failedFuture(ApiException.notFound("submission_not_found", "No such submission here."));
        }
        Lang lang = decision.state().locale();
        if (change.withdraw()) {
            SubmissionSummary withdrawn = new SubmissionSummary(
                    current.id(),
                    current.receipt(),
                    current.version(),
                    current.process(),
                    SubmissionStatus.WITHDRAWN.toString(),
                    current.expectedBy(),
                    current.targets());
            List<Reply> replies = new ArrayList<>(decision.replies());
            replies.add(dialogue.changed(withdrawn, true, lang));
            return Future.succeededFuture(new TurnOutcome(
                    message,
                    decision,
                    decision.state().withSubmission(withdrawn),
                    replies,
                    List.of(),
                    null,
                    Map.of(current.id(), SubmissionStatus.WITHDRAWN.toString())));
        }
        return store.latestSubmission(change.submissionId()).map(found -> {
            SubmissionRecord previous =
                    found.orElseThrow(() -> ApiException.notFound("submission_not_found", "No such submission here."));
            Map<String, Object> envelope = Json.read(previous.payloadJson(), LinkedHashMap.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> answers =
                    new LinkedHashMap<>((Map<String, Object>) envelope.getOrDefault("answers", Map.of()));
            answers.putAll(change.changes());
            int version = previous.version() + 1;
            Instant now = clock.instant();
            envelope.put("answers", answers);
            envelope.put("version", version);
            envelope.put("submittedAt", now.toString());
            envelope.put("changedFields", change.changes().keySet());
            SubmissionRecord next = new SubmissionRecord(
                    previous.id(),
                    version,
                    previous.receipt(),
                    previous.conversationId(),
                    previous.processId(),
                    previous.enterpriseUscc(),
                    Json.write(envelope),
                    SubmissionStatus.SUBMITTED.toString(),
                    previous.expectedBy(),
                    now,
                    change.targets());
            List<SubmissionSummary.Target> targets = current.targets().stream()
                    .map(t -> change.targets().isEmpty() || change.targets().contains(t.connector())
                            ? new SubmissionSummary.Target(t.connector(), TargetStatus.PENDING.toString(), null)
                            : t)
                    .toList();
            SubmissionSummary updated = new SubmissionSummary(
                    current.id(),
                    current.receipt(),
                    version,
                    current.process(),
                    SubmissionStatus.aggregate(targets.stream()
                                    .map(t -> TargetStatus.parseOrNull(t.status()))
                                    .toList())
                            .toString(),
                    current.expectedBy(),
                    targets);
            List<Reply> replies = new ArrayList<>(decision.replies());
            replies.add(dialogue.changed(updated, false, lang));
            return new TurnOutcome(
                    message,
                    decision,
                    decision.state().withSubmission(updated),
                    replies,
                    List.of(next),
                    null,
                    Map.of());
        });
    }

    /**
     * The submission's card with one target's new status; the overall status is aggregated over the
     * targets, except that a withdrawn submission stays withdrawn.
     */
    static SubmissionSummary withTargetStatus(
            SubmissionSummary current, String connectorId, TargetStatus status, String comment) {
        List<SubmissionSummary.Target> targets = new ArrayList<>();
        boolean seen = false;
        for (SubmissionSummary.Target t : current.targets()) {
            if (t.connector().equals(connectorId)) {
                targets.add(new SubmissionSummary.Target(connectorId, status.toString(), comment));
                seen = true;
            } else {
                targets.add(t);
            }
        }
        if (!seen) {
            targets.add(new SubmissionSummary.Target(connectorId, status.toString(), comment));
        }
        String overall = current.status().equals(SubmissionStatus.WITHDRAWN.toString())
                ? current.status()
                : SubmissionStatus.aggregate(targets.stream()
                                .map(t -> TargetStatus.parseOrNull(t.status()))
                                .toList())
                        .toString();
        return new SubmissionSummary(
                current.id(),
                current.receipt(),
                current.version(),
                current.process(),
                overall,
                current.expectedBy(),
                targets);
    }
}
