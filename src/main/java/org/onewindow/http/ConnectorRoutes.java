package org.onewindow.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;
import java.util.Optional;
import org.onewindow.connector.ConnectorCallbacks;
import org.onewindow.connector.DeliveryAdmin;
import org.onewindow.connector.DeliveryQuery;
import org.onewindow.connector.DeliveryState;
import org.onewindow.connector.OutboxStore;
import org.onewindow.connector.SubmissionStatus;
import org.onewindow.shared.ApiException;

/**
 * The connectors' endpoints: signed status callbacks of the approval systems, and the admin
 * view of deliveries (list, detail with attempts, retry a dead letter, cancel) behind the
 * {@code adminGuard} given by the wiring.
 */
public final class ConnectorRoutes {

    private static final int CALLBACK_BODY_LIMIT = 64 * 1024;

    private final ConnectorCallbacks callbacks;
    private final DeliveryAdmin admin;
    private final OutboxStore store;
    private final Handler<RoutingContext> adminGuard;

    public ConnectorRoutes(
            ConnectorCallbacks callbacks, DeliveryAdmin admin, OutboxStore store, Handler<RoutingContext> adminGuard) {
        this.callbacks = callbacks;
        this.admin = admin;
        this.store = store;
        this.adminGuard = adminGuard;
    }

    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(CALLBACK_BODY_LIMIT);
        router.post("/api/v1/connectors/:id/callbacks").handler(body).handler(this::handleCallback);
        router.get("/api/v1/admin/connectors").handler(adminGuard).handler(this::handleConnectors);
        router.get("/api/v1/admin/deliveries").handler(adminGuard).handler(this::handleList);
        router.get("/api/v1/admin/deliveries/:id").handler(adminGuard).handler(this::handleDetail);
        router.post("/api/v1/admin/deliveries/:id/retry").handler(adminGuard).handler(this::handleRetry);
        router.post("/api/v1/admin/deliveries/:id/cancel").handler(adminGuard).handler(this::handleCancel);
        router.get("/api/v1/admin/submissions/:id/targets").handler(adminGuard).handler(this::handleTargets);
    }

    private void handleCallback(RoutingContext ctx) {
        String raw = ctx.body().asString("UTF-8");
        callbacks
                .receive(
                        ctx.pathParam("id"),
                        ctx.request().getHeader("webhook-id"),
                        ctx.request().getHeader("webhook-timestamp"),
                        ctx.request().getHeader("webhook-signature"),
                        raw == null ? "" : raw)
                .onSuccess(cb -> Requests.sendJson(
                        ctx,
                        200,
                        Map.of(
                                "status",
                                "accepted",
                                "submissionId",
                                cb.submissionId(),
                                "targetStatus",
                                cb.status().toString())))
                .onFailure(ctx::fail);
    }

    private void handleConnectors(RoutingContext ctx) {
        Requests.sendJson(ctx, 200, Map.of("connectors", admin.connectors()));
    }

    private void handleList(RoutingContext ctx) {
        String stateParam = ctx.request().getParam("state");
        DeliveryState state = null;
        if (stateParam != null && !stateParam.isBlank()) {
            state = DeliveryState.parseOrNull(stateParam);
            if (state == null) {
                throw ApiException.badRequest(
                        "invalid_state", "state must be one of pending, delivered, failed, dead, cancelled.");
            }
        }
        long limit = Requests.longParam(ctx, "limit", 50);
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and 500.");
        }
        long offset = Requests.longParam(ctx, "offset", 0);
        DeliveryQuery query = new DeliveryQuery(
                state,
                blankToNull(ctx.request().getParam("connector")),
                blankToNull(ctx.request().getParam("submission")),
                (int) limit,
                (int) Math.min(offset, Integer.MAX_VALUE));
        admin.list(query)
                .onSuccess(list -> Requests.sendJson(ctx, 200, Map.of("deliveries", list)))
                .onFailure(ctx::fail);
    }

    private void handleDetail(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        respond(ctx, id, admin.find(id));
    }

    private void handleRetry(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        respond(ctx, id, admin.retry(id));
    }

    private void handleCancel(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        respond(ctx, id, admin.cancel(id));
    }

    private void handleTargets(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        store.targets(id)
                .onSuccess(targets -> {
                    if (targets.isEmpty()) {
                        ctx.fail(ApiException.notFound(
                                "unknown_submission", "No deliveries exist for submission \"" + id + "\"."));
                        return;
                    }
                    Requests.sendJson(
                            ctx,
                            200,
                            Map.of(
                                    "submissionId",
                                    id,
                                    "status",
                                    SubmissionStatus.aggregate(targets.stream()
                                                    .map(t -> t.status())
                                                    .toList())
                                            .toString(),
                                    "targets",
                                    targets));
                })
                .onFailure(ctx::fail);
    }

    private <T> void respond(RoutingContext ctx, String id, io.vertx.core.Future<Optional<T>> change) {
        change.onSuccess(found -> {
                    if (found.isEmpty()) {
                        ctx.fail(notFound(id));
                    } else {
                        Requests.sendJson(ctx, 200, found.get());
                    }
                })
                .onFailure(e -> ctx.fail(
                        e instanceof IllegalStateException
                                ? new ApiException(409, "delivery_state_conflict", e.getMessage() + ".")
                                : e));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("unknown_delivery", "No delivery \"" + id + "\" exists.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
