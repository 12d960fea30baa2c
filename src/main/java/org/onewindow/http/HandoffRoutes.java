package org.onewindow.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.conversation.ConversationService;
import org.onewindow.handoff.HandoffService;
import org.onewindow.handoff.StaffScope;
import org.onewindow.shared.ApiException;
import org.onewindow.staff.AuditEntry;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffPrincipal;

/**
 * The staff console's API: queues, the list of conversations, a conversation's transcript with
 * notes, claim, reply, note, transfer, resolve, and a live events socket. Every action is audited.
 * The staff guard of {@link StaffAuthRoutes} already stands in front of these routes.
 */
final class HandoffRoutes {

    private static final int MAX_STAFF_TEXT = 4000;

    private final Vertx vertx;
    private final long pingMillis;
    private final HandoffService handoffs;
    private final ConversationService conversations;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxBodyBytes;
    private final org.onewindow.policy.ProfileStore profiles;

    HandoffRoutes(
            Vertx vertx,
            HandoffService handoffs,
            ConversationService conversations,
            AuditLog audit,
            Clock clock,
            int maxBodyBytes,
            org.onewindow.policy.ProfileStore profiles,
            long pingMillis) {
        this.pingMillis = pingMillis;
        this.profiles = profiles;
        this.vertx = vertx;
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.audit = audit;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.get("/api/v1/staff/handoffs").handler(this::handleQueues);
        router.get("/api/v1/staff/events").handler(this::handleQueueEvents);
        router.post("/api/v1/staff/presence").handler(body).handler(this::handlePresence);
        router.get("/api/v1/staff/conversations").handler(this::handleList);
        router.get("/api/v1/staff/conversations/:id").handler(this::handleTranscript);
        router.get("/api/v1/staff/conversations/:id/events").handler(this::handleEvents);
        router.post("/api/v1/staff/conversations/:id/claim").handler(body).handler(this::handleClaim);
        router.post("/api/v1/staff/conversations/:id/messages").handler(body).handler(this::handleReply);
        router.post("/api/v1/staff/conversations/:id/notes").handler(body).handler(this::handleNote);
        router.post("/api/v1/staff/conversations/:id/transfer").handler(body).handler(this::handleTransfer);
        router.post("/api/v1/staff/conversations/:id/resolve").handler(body).handler(this::handleResolve);
        router.get("/api/v1/staff/enterprises/:uscc/profile").handler(this::handleProfile);
        router.post("/api/v1/staff/conversations/:id/answers").handler(body).handler(this::handleCorrectAnswer);
        router.get("/api/v1/staff/bookings").handler(this::handleBookings);
        router.post("/api/v1/staff/bookings/:submissionId/confirm")
                .handler(body)
                .handler(this::handleConfirmBooking);
        router.post("/api/v1/staff/bookings/:submissionId/propose")
                .handler(body)
                .handler(this::handleProposeBooking);
    }

    /** The facts stored about an enterprise (its profile), for staff; audited as personal data access. */
    private void handleProfile(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String uscc = ctx.pathParam("uscc");
        if (!uscc.matches("[0-9A-Z]{18}")) {
            throw ApiException.badRequest("invalid_uscc", "uscc must be an 18-character unified social credit code.");
        }
        Future.fromCompletionStage(profiles.find(uscc), vertx.getOrCreateContext())
                .compose(
                        found -> audit.record(AuditEntry.by(staff, clock.instant(), "profile.viewed", null, uscc, null))
                                .map(v -> found))
                .onSuccess(found -> Requests.sendJson(
                        ctx,
                        200,
                        Map.of(
                                "uscc",
                                uscc,
                                "facts",
                                found.map(org.onewindow.policy.Profile::facts).orElse(Map.of()))))
                .onFailure(ctx::fail);
    }

    private void handleQueues(RoutingContext ctx) {
        handoffs.queues(StaffGuard.principal(ctx))
                .onSuccess(queues -> Requests.sendJson(ctx, 200, Map.of("queues", queues)))
                .onFailure(ctx::fail);
    }

    private void handleList(RoutingContext ctx) {
        int limit = (int) Requests.longParam(ctx, "limit", 50);
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("invalid_limit", "limit must be from 1 to 500.");
        }
        StaffPrincipal staff = StaffGuard.principal(ctx);
        Future<List<org.onewindow.conversation.ConversationSummary>> rows = staff.hasRole(Role.ADMIN)
                ? conversations.recent(limit)
                : handoffs.conversationsInScope(staff, limit).compose(conversations::summaries);
        rows.onSuccess(list -> Requests.sendJson(ctx, 200, Map.of("conversations", list)))
                .onFailure(ctx::fail);
    }

    private void handleTranscript(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        StaffPrincipal staff = StaffGuard.principal(ctx);
        scoped(ctx, id, () -> conversations.find(id))
                .compose(conversation -> audit.record(
                                AuditEntry.by(staff, clock.instant(), "conversation.viewed", id, null, null))
                        .map(v -> conversation))
                .compose(conversation -> conversations
                        .messagesAfter(id, 0)
                        .compose(messages -> handoffs.notes(id).map(notes -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            Map<String, Object> header = new LinkedHashMap<>();
                            header.put("id", conversation.id());
                            header.put("channel", conversation.channel());
                            header.put("enterprise", conversation.enterprise());
                            header.put("createdAt", conversation.createdAt().toString());
                            out.put("conversation", header);
                            out.put("state", conversations.view(conversation));
                            out.put(
                                    "answers",
                                    conversation.state().process() == null
                                            ? Map.of()
                                            : conversation.state().process().answers());
                            out.put("messages", messages);
                            out.put("notes", notes);
                            return out;
                        })))
                .onSuccess(out -> Requests.sendJson(ctx, 200, out))
                .onFailure(ctx::fail);
    }

    /** Available (takes new conversations, auto-assigned) or away; the console renews it every minute. */
    private void handlePresence(RoutingContext ctx) {
        JsonObject body = Requests.jsonObject(ctx);
        handoffs.setPresence(StaffGuard.principal(ctx), body.getString("status"))
                .onSuccess(p -> Requests.sendJson(
                        ctx,
                        200,
                        Map.of(
                                "status",
                                p.status(),
                                "until",
                                p.updatedAt()
                                        .plus(org.onewindow.handoff.HandoffService.PRESENCE_LIFETIME)
                                        .toString())))
                .onFailure(ctx::fail);
    }

    /** The live queue for a console (a WebSocket): which conversations joined, moved in or left the queue. */
    private void handleQueueEvents(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        ctx.request()
                .toWebSocket()
                .onSuccess(socket -> new QueueStream(vertx, socket, staff, pingMillis).start())
                .onFailure(ctx::fail);
    }

    private void handleEvents(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        long after = Requests.longParam(ctx, "after", 0);
        ctx.request().pause();
        scoped(ctx, id, () -> conversations.find(id))
                .compose(conversation -> ctx.request().toWebSocket())
                .onSuccess(socket -> new EventStream(vertx, conversations, socket, id, after, pingMillis).start())
                .onFailure(failure -> {
                    ctx.request().resume();
                    ctx.fail(failure);
                });
    }

    private void handleClaim(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String id = ctx.pathParam("id");
        String department =
                staff.departments().isEmpty() ? "general" : staff.departments().get(0);
        audited(ctx, "handoff.claimed", id, null, () -> handoffs.claim(id, staff.username(), department));
    }

    private void handleReply(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String id = ctx.pathParam("id");
        String text = requiredText(ctx, "text");
        audited(
                ctx,
                "handoff.replied",
                id,
                new JsonObject().put("length", text.length()),
                () -> handoffs.reply(id, staff.username(), text));
    }

    private void handleNote(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String id = ctx.pathParam("id");
        String text = requiredText(ctx, "text");
        scoped(ctx, id, () -> handoffs.note(id, staff.username(), text))
                .compose(note -> audit.record(AuditEntry.by(staff, clock.instant(), "note.added", id, note.id(), null))
                        .map(v -> note))
                .onSuccess(note -> Requests.sendJson(ctx, 201, note))
                .onFailure(ctx::fail);
    }

    private void handleTransfer(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String agent = Requests.optionalString(Requests.jsonObject(ctx), "agent");
        if (agent != null) {
            if (!agent.matches("[A-Za-z0-9._-]{1,64}")) {
                throw ApiException.badRequest("invalid_agent", "agent must be a staff username.");
            }
            audited(
                    ctx,
                    "handoff.transferred",
                    id,
                    new JsonObject().put("agent", agent),
                    () -> handoffs.transferToAgent(id, StaffGuard.principal(ctx).username(), agent));
            return;
        }
        String department = requiredText(ctx, "department");
        if (!department.matches("[a-z0-9-]{1,64}")) {
            throw ApiException.badRequest("invalid_department", "department must be a department id such as tax.");
        }
        audited(
                ctx,
                "handoff.transferred",
                id,
                new JsonObject().put("department", department),
                () -> handoffs.transfer(id, department));
    }

    private void handleCorrectAnswer(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String id = ctx.pathParam("id");
        String field = requiredText(ctx, "field");
        String value = requiredText(ctx, "value");
        String reason = requiredText(ctx, "reason");
        audited(
                ctx,
                "answer.corrected",
                id,
                new JsonObject().put("field", field).put("reason", reason),
                () -> handoffs.correctAnswer(id, staff.username(), field, value, reason));
    }

    private void handleBookings(RoutingContext ctx) {
        handoffs.bookings()
                .onSuccess(rows -> Requests.sendJson(ctx, 200, Map.of("bookings", rows)))
                .onFailure(ctx::fail);
    }

    private void handleConfirmBooking(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String submissionId = ctx.pathParam("submissionId");
        handoffs.confirmBooking(submissionId, staff.username())
                .compose(r -> audit.record(
                                AuditEntry.by(staff, clock.instant(), "booking.confirmed", null, submissionId, null))
                        .map(v -> r))
                .onSuccess(r -> Requests.sendJson(ctx, 200, r))
                .onFailure(ctx::fail);
    }

    private void handleProposeBooking(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String submissionId = ctx.pathParam("submissionId");
        String date = requiredText(ctx, "date");
        String slot = requiredText(ctx, "slot");
        String department = staff.departments().isEmpty()
                ? "park-service-center"
                : staff.departments().get(0);
        handoffs.proposeBooking(submissionId, staff.username(), department, date, slot)
                .compose(r -> audit.record(AuditEntry.by(
                                staff,
                                clock.instant(),
                                "booking.proposed",
                                null,
                                submissionId,
                                new JsonObject().put("date", date).put("slot", slot)))
                        .map(v -> r))
                .onSuccess(r -> Requests.sendJson(ctx, 200, r))
                .onFailure(ctx::fail);
    }

    private void handleResolve(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String id = ctx.pathParam("id");
        audited(ctx, "handoff.resolved", id, null, () -> handoffs.resolve(id, staff.username()));
    }

    private void audited(
            RoutingContext ctx,
            String action,
            String conversationId,
            JsonObject details,
            java.util.function.Supplier<Future<org.onewindow.conversation.TurnResult>> work) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        scoped(ctx, conversationId, work)
                .compose(result -> audit.record(
                                AuditEntry.by(staff, clock.instant(), action, conversationId, null, details))
                        .map(v -> result))
                .onSuccess(result -> Requests.sendJson(ctx, 200, result))
                .onFailure(ctx::fail);
    }

    /**
     * Runs {@code work} once the conversation is within the staff member's {@link StaffScope}; a refusal (403) is
     * written to the audit log, so admins see who looked where they may not.
     */
    private <T> Future<T> scoped(
            RoutingContext ctx, String conversationId, java.util.function.Supplier<Future<T>> work) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        return handoffs.authorize(staff, conversationId)
                .recover(refused -> audit.record(AuditEntry.by(
                                staff,
                                clock.instant(),
                                "access.refused",
                                conversationId,
                                null,
                                new JsonObject().put("path", ctx.normalizedPath())))
                        .compose(v -> Future.failedFuture(refused), e -> Future.failedFuture(refused)))
                .compose(v -> work.get());
    }

    private static String requiredText(RoutingContext ctx, String name) {
        String value = Requests.optionalString(Requests.jsonObject(ctx), name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing_" + name, name + " is required.");
        }
        if (value.length() > MAX_STAFF_TEXT) {
            throw ApiException.badRequest(
                    name + "_too_long", name + " is longer than " + MAX_STAFF_TEXT + " characters.");
        }
        return value;
    }
}
