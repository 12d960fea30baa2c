package org.onewindow.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import java.util.Map;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.FileStorage;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.conversation.NewConversation;
import org.onewindow.policy.EligibilityView;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Enterprise;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;

/** The enterprise side of API.md: conversations, messages, history and the events WebSocket. */
final class ConversationRoutes {

    private final Vertx vertx;
    private final long pingMillis;
    private final ConversationService conversations;
    private final IdentityVerifier identities;
    private final OriginPolicy origins;
    private final FloodGuard floodGuard;
    private final int maxBodyBytes;
    private final FileStorage files;
    private final Path uploadsDir;
    private final long maxUploadBytes;
    private final java.util.function.Supplier<IncentiveCatalog> incentives;
    private final java.time.Clock clock;

    ConversationRoutes(
            Vertx vertx,
            ConversationService conversations,
            IdentityVerifier identities,
            OriginPolicy origins,
            FloodGuard floodGuard,
            int maxBodyBytes,
            FileStorage files,
            Path uploadsDir,
            long maxUploadBytes,
            java.util.function.Supplier<IncentiveCatalog> incentives,
            java.time.Clock clock,
            long pingMillis) {
        this.pingMillis = pingMillis;
        this.incentives = incentives;
        this.clock = clock;
        this.vertx = vertx;
        this.conversations = conversations;
        this.identities = identities;
        this.origins = origins;
        this.floodGuard = floodGuard;
        this.maxBodyBytes = maxBodyBytes;
        this.files = files;
        this.uploadsDir = uploadsDir;
        this.maxUploadBytes = maxUploadBytes;
    }

    void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        // The flood guard looks after the small JSON bodies are in (ahead of them each turn
        // measured more CPU), but ahead of an upload, whose file would be written to disk first.
        router.post("/api/v1/conversations")
                .handler(body)
                .handler(floodGuard.openings())
                .handler(this::handleCreate);
        router.post("/api/v1/conversations/:id/messages")
                .handler(body)
                .handler(floodGuard.messages())
                .handler(this::handleSend);
        router.get("/api/v1/conversations/:id/messages").handler(this::handleHistory);
        router.post("/api/v1/conversations/:id/files")
                .handler(floodGuard.uploads())
                .handler(BodyHandler.create(uploadsDir.toString())
                        .setBodyLimit(maxUploadBytes)
                        .setDeleteUploadedFilesOnEnd(true))
                .handler(this::handleUpload);
        router.get("/api/v1/conversations/:id/events").handler(this::handleEvents);
        router.get("/api/v1/conversations/:id/eligibility").handler(this::handleEligibility);
    }

    private void handleCreate(RoutingContext ctx) {
        JsonObject body = Requests.jsonObject(ctx);
        String channel = Requests.optionalString(body, "channel");
        String localeCode = Requests.optionalString(body, "locale");
        Lang locale = localeCode == null
                ? Lang.parseOrNull(ctx.request().getHeader("Accept-Language"))
                : Lang.parseOrNull(localeCode);
        if (localeCode != null && locale == null) {
            throw ApiException.badRequest("invalid_locale", "locale must be \"en\" or \"zh\".");
        }
        Enterprise enterprise = enterprise(body);
        conversations
                .create(new NewConversation(channel, locale, enterprise))
                .onSuccess(created -> Requests.sendJson(ctx, 201, created))
                .onFailure(ctx::fail);
    }

    private Enterprise enterprise(JsonObject body) {
        JsonObject identity = Requests.optionalObject(body, "identity");
        if (identity != null) {
            Object ts = identity.getValue("ts");
            if (!(ts instanceof Number number)) {
                throw new ApiException(401, "identity_invalid", "identity.ts must be Unix seconds.");
            }
            return identities.verify(
                    Requests.optionalString(identity, "uscc"),
                    Requests.optionalString(identity, "name"),
                    number.longValue(),
                    Requests.optionalString(identity, "sig"));
        }
        JsonObject typed = Requests.optionalObject(body, "enterprise");
        if (typed == null) {
            return Enterprise.ANONYMOUS;
        }
        return new Enterprise(
                limited(Requests.optionalString(typed, "name"), "enterprise.name", 200),
                limited(Requests.optionalString(typed, "uscc"), "enterprise.uscc", 18),
                false);
    }

    private static String limited(String value, String name, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest("invalid_enterprise", name + " is longer than " + max + " characters.");
        }
        return value;
    }

    private void handleSend(RoutingContext ctx) {
        String token = Requests.bearerToken(ctx);
        JsonObject body = Requests.jsonObject(ctx);
        String text = Requests.optionalString(body, "text");
        String action = Requests.optionalString(body, "action");
        String clientMessageId = Requests.optionalString(body, "clientMessageId");
        if ((text == null) == (action == null)) {
            throw ApiException.badRequest("text_or_action", "Send either \"text\" or \"action\".");
        }
        if (clientMessageId != null && (clientMessageId.isBlank() || clientMessageId.length() > 128)) {
            throw ApiException.badRequest("invalid_clientMessageId", "clientMessageId must be 1 to 128 characters.");
        }
        InboundMessage message = text != null ? InboundMessage.text(text) : InboundMessage.action(action);
        conversations
                .send(ctx.pathParam("id"), token, message, clientMessageId)
                .onSuccess(result -> Requests.sendJson(ctx, 200, result))
                .onFailure(ctx::fail);
    }

    private void handleUpload(RoutingContext ctx) {
        String token = Requests.bearerToken(ctx);
        String id = ctx.pathParam("id");
        FileUpload upload = ctx.fileUploads().stream()
                .filter(f -> f.name().equals("file"))
                .findFirst()
                .orElseThrow(() ->
                        ApiException.badRequest("file_missing", "Send the document as the multipart part \"file\"."));
        conversations
                .authorize(id, token)
                .compose(conversation -> vertx.executeBlocking(
                        () -> files.store(
                                id, Path.of(upload.uploadedFileName()), upload.fileName(), conversation.locale()),
                        false))
                .compose(file -> conversations
                        .send(id, token, InboundMessage.file(file), null)
                        .map(turn -> Map.of("file", file, "messages", turn.messages(), "state", turn.state())))
                .onSuccess(body -> Requests.sendJson(ctx, 201, body))
                .onFailure(ctx::fail);
    }

    /** Which incentives the enterprise qualifies for, from what this conversation may know. */
    private void handleEligibility(RoutingContext ctx) {
        String token = Requests.bearerToken(ctx);
        String id = ctx.pathParam("id");
        Lang lang = Lang.parseOrNull(ctx.request().getParam("lang"));
        conversations
                .facts(id, token)
                .compose(facts -> conversations.find(id).map(conversation -> {
                    Lang in = lang != null ? lang : conversation.state().locale();
                    java.time.LocalDate today =
                            java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
                    return Map.of(
                            "facts",
                            facts.keySet(),
                            "policies",
                            EligibilityView.list(incentives.get(), facts, today, in));
                }))
                .onSuccess(body -> Requests.sendJson(ctx, 200, body))
                .onFailure(ctx::fail);
    }

    private void handleHistory(RoutingContext ctx) {
        String token = Requests.bearerToken(ctx);
        long after = Requests.longParam(ctx, "after", 0);
        conversations
                .history(ctx.pathParam("id"), token, after)
                .onSuccess(result -> Requests.sendJson(ctx, 200, result))
                .onFailure(ctx::fail);
    }

    private void handleEvents(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String token = ctx.request().getParam("token");
        if (token == null || token.isBlank()) {
            throw new ApiException(401, "unauthorized", "The token query parameter is required.");
        }
        long after = Requests.longParam(ctx, "after", 0);
        if (!origins.allows(ctx.request().getHeader("Origin"))) {
            throw new ApiException(403, "origin_not_allowed", "This origin may not open the conversation's events.");
        }
        ctx.request().pause();
        conversations
                .authorize(id, token)
                .compose(conversation -> ctx.request().toWebSocket())
                .onSuccess(socket -> new EventStream(vertx, conversations, socket, id, after, pingMillis).start())
                .onFailure(failure -> {
                    ctx.request().resume();
                    ctx.fail(failure);
                });
    }
}
