package org.onewindow.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onewindow.conversation.ConversationService;
import org.onewindow.insight.FaqCorrections;
import org.onewindow.insight.FaqDraft;
import org.onewindow.insight.FeedbackStore;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Message;
import org.onewindow.shared.Sender;
import org.onewindow.staff.AuditEntry;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.StaffPrincipal;

/**
 * Error correction: staff mark a bot answer wrong and write the right one (a draft FAQ entry);
 * admins list drafts and approve them into {@link FaqCorrections#PATH} of the knowledge base, where
 * they are searchable once indexed, or reject them. Every step is audited. The guards of
 * {@link StaffAuthRoutes} stand in front (agent for {@code /staff}, admin for {@code /admin}).
 */
final class FeedbackRoutes {

    private static final int MAX_TEXT = 4000;
    private static final Set<String> STATUSES = Set.of(FaqDraft.DRAFT, FaqDraft.APPROVED, FaqDraft.REJECTED);
    /** Approvals rewrite one file: one at a time on this node, whichever verticle instance takes them. */
    private static final Object FILE_LOCK = new Object();

    private final Vertx vertx;
    private final FeedbackStore store;
    private final ConversationService conversations;
    private final KnowledgeBase knowledge;
    private final Path knowledgeDir;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxBodyBytes;

    FeedbackRoutes(
            Vertx vertx,
            FeedbackStore store,
            ConversationService conversations,
            KnowledgeBase knowledge,
            Path knowledgeDir,
            AuditLog audit,
            Clock clock,
            int maxBodyBytes) {
        this.vertx = vertx;
        this.store = store;
        this.conversations = conversations;
        this.knowledge = knowledge;
        this.knowledgeDir = knowledgeDir;
        this.audit = audit;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.post("/api/v1/staff/feedback").handler(body).handler(this::handleFeedback);
        router.get("/api/v1/admin/faq-drafts").handler(this::handleList);
        router.post("/api/v1/admin/faq-drafts/:id/approve").handler(body).handler(this::handleApprove);
        router.post("/api/v1/admin/faq-drafts/:id/reject").handler(body).handler(this::handleReject);
    }

    private void handleFeedback(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        JsonObject body = Requests.jsonObject(ctx);
        String conversationId = text(body, "conversationId", true);
        String correct = text(body, "correctAnswer", true);
        String question = text(body, "question", false);
        Object rawSeq = body.getValue("seq");
        if (!(rawSeq instanceof Number number) || number.longValue() < 1) {
            throw ApiException.badRequest("invalid_seq", "seq must be the number of the bot message being corrected.");
        }
        long seq = number.longValue();
        conversations
                .find(conversationId)
                .compose(c -> conversations.messagesAfter(conversationId, 0))
                .compose(messages -> {
                    Message wrong = messages.stream()
                            .filter(m -> m.seq() == seq)
                            .findFirst()
                            .orElseThrow(() -> ApiException.notFound(
                                    "unknown_message",
                                    "Conversation " + conversationId + " has no message " + seq + "."));
                    if (wrong.from() != Sender.BOT) {
                        throw ApiException.badRequest(
                                "not_a_bot_answer",
                                "Message " + seq + " is not a bot answer; only bot answers can be corrected.");
                    }
                    String asked = question;
                    if (asked == null) {
                        asked = messages.stream()
                                .filter(m -> m.seq() < seq && m.from() == Sender.USER)
                                .reduce((a, b) -> b)
                                .map(Message::text)
                                .orElseThrow(() -> ApiException.badRequest(
                                        "missing_question",
                                        "question is required: no user message precedes message " + seq + "."));
                    }
                    FaqDraft draft = new FaqDraft(
                            UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                            conversationId,
                            seq,
                            asked.strip(),
                            wrong.text(),
                            correct.strip(),
                            FaqCorrections.lang(asked, correct).toString(),
                            FaqDraft.DRAFT,
                            staff.username(),
                            clock.instant(),
                            null,
                            null);
                    return store.create(draft);
                })
                .compose(draft -> audit.record(AuditEntry.by(
                                staff,
                                clock.instant(),
                                "feedback.drafted",
                                conversationId,
                                draft.id(),
                                new JsonObject().put("seq", seq)))
                        .map(v -> draft))
                .onSuccess(draft -> Requests.sendJson(ctx, 201, draft))
                .onFailure(ctx::fail);
    }

    private void handleList(RoutingContext ctx) {
        String status = ctx.request().getParam("status");
        if (status == null || status.isBlank()) {
            status = FaqDraft.DRAFT;
        } else if ("all".equals(status)) {
            status = null;
        } else if (!STATUSES.contains(status)) {
            throw ApiException.badRequest("invalid_status", "status must be draft, approved, rejected or all.");
        }
        long limit = Requests.longParam(ctx, "limit", 100);
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("invalid_limit", "limit must be from 1 to 500.");
        }
        store.list(status, (int) limit)
                .onSuccess(drafts -> Requests.sendJson(ctx, 200, Map.of("drafts", drafts)))
                .onFailure(ctx::fail);
    }

    private void handleApprove(RoutingContext ctx) {
        StaffPrincipal admin = StaffGuard.principal(ctx);
        String id = ctx.pathParam("id");
        decide(id, FaqDraft.APPROVED, admin)
                .compose(draft -> vertx.executeBlocking(() -> writeEntry(draft), false)
                        .recover(failure -> store.transition(
                                        id, FaqDraft.APPROVED, FaqDraft.DRAFT, null, clock.instant())
                                .compose(ignored -> Future.failedFuture(failure)))
                        .map(doc -> Map.of("draft", draft, "document", doc)))
                .compose(out -> audit.record(AuditEntry.by(
                                admin,
                                clock.instant(),
                                "faq.approved",
                                null,
                                id,
                                new JsonObject().put("path", FaqCorrections.PATH)))
                        .map(v -> out))
                .onSuccess(out -> Requests.sendJson(ctx, 200, out))
                .onFailure(ctx::fail);
    }

    private void handleReject(RoutingContext ctx) {
        StaffPrincipal admin = StaffGuard.principal(ctx);
        String id = ctx.pathParam("id");
        decide(id, FaqDraft.REJECTED, admin)
                .compose(draft -> audit.record(AuditEntry.by(admin, clock.instant(), "faq.rejected", null, id, null))
                        .map(v -> draft))
                .onSuccess(draft -> Requests.sendJson(ctx, 200, draft))
                .onFailure(ctx::fail);
    }

    private Future<FaqDraft> decide(String id, String to, StaffPrincipal admin) {
        return store.transition(id, FaqDraft.DRAFT, to, admin.username(), clock.instant())
                .compose(done -> {
                    if (done.isPresent()) {
                        return Future.succeededFuture(done.get());
                    }
                    return store.find(id)
                            .compose(found -> Future.failedFuture(
                                    found.isEmpty()
                                            ? ApiException.notFound(
                                                    "unknown_draft", "No FAQ draft \"" + id + "\" exists.")
                                            : new ApiException(
                                                    409,
                                                    "draft_decided",
                                                    "FAQ draft \"" + id + "\" is already "
                                                            + found.get().status() + ".")));
                });
    }

    private org.onewindow.knowledge.DocumentInfo writeEntry(FaqDraft draft) {
        synchronized (FILE_LOCK) {
            Path file = knowledgeDir.resolve(FaqCorrections.PATH);
            byte[] existing;
            try {
                existing = Files.exists(file) ? Files.readAllBytes(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FaqCorrections.PATH, e);
            }
            byte[] updated = FaqCorrections.append(
                    existing,
                    draft,
                    clock.instant().atOffset(ZoneOffset.ofHours(8)).toLocalDate());
            return knowledge.putDocument(FaqCorrections.PATH, updated);
        }
    }

    private static String text(JsonObject body, String name, boolean required) {
        String value = Requests.optionalString(body, name);
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.badRequest("missing_" + name, name + " is required.");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + "_too_long", name + " is longer than " + MAX_TEXT + " characters.");
        }
        return value;
    }
}
