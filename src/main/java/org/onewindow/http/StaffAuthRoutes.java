package org.onewindow.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.List;
import org.onewindow.shared.ApiException;
import org.onewindow.staff.AuditEntry;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.AuditQuery;
import org.onewindow.staff.LoginLockedException;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffAccount;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffPrincipal;
import org.onewindow.staff.StaffStore;

/**
 * Staff login, logout, who-am-I, changing one's password, the staff list and the audit log, plus the guards of every other
 * {@code /api/v1/staff/…} (agent), {@code /api/v1/staff/dashboards/…} (supervisor) and
 * {@code /api/v1/admin/…} (admin) route. Mount it before the other staff and admin routes:
 * the login route stays open, everything after it is guarded.
 */
public final class StaffAuthRoutes {

    /** Path prefix of the supervisor dashboards. */
    public static final String DASHBOARDS = "/api/v1/staff/dashboards";

    private final StaffAuth auth;
    private final StaffStore staff;
    private final AuditLog audit;
    private final StaffGuard guard;
    private final Clock clock;
    private final int maxBodyBytes;

    public StaffAuthRoutes(StaffAuth auth, StaffStore staff, AuditLog audit, Clock clock, int maxBodyBytes) {
        this.auth = auth;
        this.staff = staff;
        this.audit = audit;
        this.guard = new StaffGuard(auth);
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    public StaffGuard guard() {
        return guard;
    }

    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.post("/api/v1/staff/login").handler(body).handler(this::handleLogin);
        router.route("/api/v1/staff/*").handler(guard.require(Role.AGENT));
        router.route(DASHBOARDS).handler(guard.require(Role.SUPERVISOR));
        router.route(DASHBOARDS + "/*").handler(guard.require(Role.SUPERVISOR));
        router.route("/api/v1/admin/*").handler(guard.require(Role.ADMIN));
        router.post("/api/v1/staff/logout").handler(this::handleLogout);
        router.get("/api/v1/staff/me").handler(this::handleMe);
        router.post("/api/v1/staff/password").handler(body).handler(this::handleChangePassword);
        router.get("/api/v1/admin/audit").handler(this::handleAudit);
        router.get("/api/v1/admin/staff").handler(this::handleListStaff);
    }

    private void handleLogin(RoutingContext ctx) {
        JsonObject body = Requests.jsonObject(ctx);
        String username = Requests.optionalString(body, "username");
        String password = Requests.optionalString(body, "password");
        auth.login(username, password, Requests.clientAddress(ctx))
                .onSuccess(login -> {
                    ctx.response().putHeader("Cache-Control", "no-store");
                    send(
                            ctx,
                            200,
                            new JsonObject()
                                    .put("token", login.token())
                                    .put("expiresAt", login.expiresAt().toString())
                                    .put("staff", staffJson(login.principal())));
                })
                .onFailure(failure -> failLogin(ctx, failure));
    }

    /** A locked login becomes 429 with Retry-After; anything else goes to the failure handler as it is. */
    private static void failLogin(RoutingContext ctx, Throwable failure) {
        if (failure instanceof LoginLockedException locked) {
            ctx.response().putHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
            ctx.fail(new ApiException(
                    429,
                    "login_locked",
                    (locked.wholeAddress()
                                    ? "Too many failed logins from this address"
                                    : "Too many failed logins for this username from this address")
                            + "; try again in " + locked.retryAfterSeconds() + " seconds."));
        } else {
            ctx.fail(failure);
        }
    }

    private void handleLogout(RoutingContext ctx) {
        auth.logout(StaffGuard.principal(ctx))
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    private void handleMe(RoutingContext ctx) {
        StaffPrincipal principal = StaffGuard.principal(ctx);
        send(
                ctx,
                200,
                new JsonObject()
                        .put("staff", staffJson(principal))
                        .put("expiresAt", principal.expiresAt().toString()));
    }

    private void handleChangePassword(RoutingContext ctx) {
        JsonObject body = Requests.jsonObject(ctx);
        auth.changePassword(
                        StaffGuard.principal(ctx),
                        Requests.optionalString(body, "currentPassword"),
                        Requests.optionalString(body, "newPassword"),
                        Requests.clientAddress(ctx))
                .onSuccess(ended -> ctx.response().setStatusCode(204).end())
                .onFailure(failure -> failLogin(ctx, failure));
    }

    private void handleListStaff(RoutingContext ctx) {
        StaffPrincipal principal = StaffGuard.principal(ctx);
        audit.record(AuditEntry.by(principal, clock.instant(), "admin.staff_listed", null, null, null))
                .compose(v -> staff.listAccounts())
                .onSuccess(accounts -> {
                    JsonArray items = new JsonArray();
                    for (StaffAccount a : accounts) {
                        items.add(new JsonObject()
                                .put("username", a.username())
                                .put("role", a.role().wireName())
                                .put("departments", new JsonArray(a.departments()))
                                .put("source", a.source().toString())
                                .put("createdAt", a.createdAt().toString()));
                    }
                    send(ctx, 200, new JsonObject().put("staff", items));
                })
                .onFailure(ctx::fail);
    }

    private void handleAudit(RoutingContext ctx) {
        StaffPrincipal principal = StaffGuard.principal(ctx);
        String actor = blankToNull(ctx.request().getParam("actor"));
        String conversation = blankToNull(ctx.request().getParam("conversation"));
        String before = blankToNull(ctx.request().getParam("before"));
        long limit = Requests.longParam(ctx, "limit", AuditQuery.DEFAULT_LIMIT);
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw ApiException.badRequest("invalid_limit", "limit must be from 1 to " + AuditQuery.MAX_LIMIT + ".");
        }
        AuditQuery query = new AuditQuery(actor, conversation, (int) limit, before);
        JsonObject asked = new JsonObject()
                .put("actor", actor)
                .put("conversation", conversation)
                .put("limit", limit)
                .put("before", before);
        audit.record(AuditEntry.by(principal, clock.instant(), "admin.audit_viewed", conversation, null, asked))
                .compose(v -> audit.list(query))
                .onSuccess(entries -> send(ctx, 200, auditPage(entries, query)))
                .onFailure(ctx::fail);
    }

    private static JsonObject auditPage(List<AuditEntry> entries, AuditQuery query) {
        JsonArray items = new JsonArray();
        for (AuditEntry e : entries) {
            items.add(new JsonObject()
                    .put("id", e.id())
                    .put("at", e.at().toString())
                    .put("actor", e.actor())
                    .put("action", e.action())
                    .put("conversationId", e.conversationId())
                    .put("target", e.target())
                    .put("details", e.details()));
        }
        JsonObject page = new JsonObject().put("entries", items);
        if (entries.size() == query.limit()) {
            page.put("next", entries.get(entries.size() - 1).id());
        }
        return page;
    }

    private static JsonObject staffJson(StaffPrincipal principal) {
        return new JsonObject()
                .put("username", principal.username())
                .put("role", principal.role().wireName())
                .put("departments", new JsonArray(principal.departments()));
    }

    private static void send(RoutingContext ctx, int status, JsonObject body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.encode());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
