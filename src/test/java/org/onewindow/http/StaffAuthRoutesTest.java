package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.staff.StaffFixture.PASSWORD;
import static org.onewindow.testing.Await.await;

import io.vertx.core.http.HttpServer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffAuthPolicy;
import org.onewindow.staff.StaffFixture;

/**
 * The staff routes and guard over HTTP, on a router of their own (with the service's one failure
 * handler) until they are mounted on the shared server; a few stand-in routes show what the
 * guard lets through.
 */
final class StaffAuthRoutesTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StaffFixture fx;
    private StaffAuth auth;
    private HttpServer server;
    private String base;

    @BeforeEach
    void setUp() throws Exception {
        fx = new StaffFixture();
        auth = fx.auth(StaffAuthPolicy.defaults());
        fx.account("alice", Role.AGENT, "market-regulation");
        fx.account("sue", Role.SUPERVISOR, "tax");
        fx.account("root", Role.ADMIN);
        Router router = Router.router(fx.vertx);
        router.route().failureHandler(ApiErrors::handle);
        new StaffAuthRoutes(auth, fx.store, fx.store, fx.clock, 64 * 1024).mount(router);
        router.post("/api/v1/staff/echo")
                .handler(BodyHandler.create(false))
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject()
                                .put("by", StaffGuard.principal(ctx).username())
                                .put("body", ctx.body().asJsonObject())
                                .encode()));
        router.get("/api/v1/staff/live").handler(ctx -> {
            String username = StaffGuard.principal(ctx).username();
            ctx.request().toWebSocket().onSuccess(socket -> socket.writeTextMessage("hello " + username));
        });
        router.get("/api/v1/staff/dashboards/overview")
                .handler(ctx -> ctx.response().end("{}"));
        router.get("/api/v1/admin/documents").handler(ctx -> ctx.response().end("{}"));
        router.route("/api/*").handler(ctx -> ctx.fail(404));
        server = await(fx.vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
        base = "http://127.0.0.1:" + server.actualPort();
    }

    @AfterEach
    void tearDown() throws Exception {
        await(server.close());
        auth.close();
        fx.close();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return call(
                "POST",
                "/api/v1/staff/login",
                null,
                new JsonObject()
                        .put("username", username)
                        .put("password", password)
                        .encode());
    }

    private String token(String username) throws Exception {
        HttpResponse<String> r = login(username, PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new JsonObject(r.body()).getString("token");
    }

    private static String code(HttpResponse<String> r) {
        return new JsonObject(r.body()).getJsonObject("error").getString("code");
    }

    @Test
    void login_rightPassword_returnsTokenExpiryAndStaff() throws Exception {
        HttpResponse<String> r = login("alice", PASSWORD);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        JsonObject body = new JsonObject(r.body());
        assertThat(body.getString("token")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(body.getString("expiresAt")).isEqualTo("2026-11-27T16:00:00Z");
        assertThat(body.getJsonObject("staff"))
                .isEqualTo(new JsonObject()
                        .put("username", "alice")
                        .put("role", "agent")
                        .put("departments", new io.vertx.core.json.JsonArray().add("market-regulation")));
    }

    @Test
    void me_thenLogout_thenMe_is200Then204Then401() throws Exception {
        String token = token("alice");

        HttpResponse<String> me = call("GET", "/api/v1/staff/me", token, null);
        HttpResponse<String> logout = call("POST", "/api/v1/staff/logout", token, null);
        HttpResponse<String> after = call("GET", "/api/v1/staff/me", token, null);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(me.body()).getJsonObject("staff").getString("role"))
                .isEqualTo("agent");
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(code(after)).isEqualTo("session_invalid");
    }

    @Test
    void staffRoutes_withoutOrWithUnknownToken_are401() throws Exception {
        HttpResponse<String> none = call("GET", "/api/v1/staff/me", null, null);
        HttpResponse<String> unknown = call("GET", "/api/v1/staff/me", "made-up-token", null);
        HttpResponse<String> adminNone = call("GET", "/api/v1/admin/documents", null, null);
        HttpResponse<String> unmounted = call("GET", "/api/v1/staff/handoffs", null, null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(code(none)).isEqualTo("staff_login_required");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(adminNone.statusCode()).isEqualTo(401);
        assertThat(unmounted.statusCode()).isEqualTo(401);
    }

    @Test
    void staffRoutes_afterIdleTimeout_are401Expired() throws Exception {
        String token = token("alice");

        fx.clock.advance(Duration.ofHours(8).plusSeconds(1));
        HttpResponse<String> r = call("GET", "/api/v1/staff/me", token, null);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(code(r)).isEqualTo("session_expired");
    }

    @Test
    void roles_lowerRole_is403AndHigherPasses() throws Exception {
        String agent = token("alice");
        String supervisor = token("sue");
        String admin = token("root");

        assertThat(call("GET", "/api/v1/admin/documents", agent, null).statusCode())
                .isEqualTo(403);
        assertThat(code(call("GET", "/api/v1/admin/audit", agent, null))).isEqualTo("role_required");
        assertThat(call("GET", "/api/v1/staff/dashboards/overview", agent, null).statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/staff/dashboards/overview", supervisor, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/admin/documents", supervisor, null).statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/admin/documents", admin, null).statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/staff/dashboards/overview", admin, null).statusCode())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/staff/me", admin, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/staff/nothing-here", agent, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void guard_postBodyAfterAsyncAuthentication_reachesTheHandlerIntact() throws Exception {
        String token = token("alice");
        JsonObject payload = new JsonObject().put("text", "x".repeat(20_000));

        HttpResponse<String> r = call("POST", "/api/v1/staff/echo", token, payload.encode());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(new JsonObject(r.body()).getJsonObject("body")).isEqualTo(payload);
        assertThat(new JsonObject(r.body()).getString("by")).isEqualTo("alice");
    }

    @Test
    void login_wrongPasswordAndUnknownUser_getTheSameAnswer() throws Exception {
        HttpResponse<String> wrong = login("alice", "not the password");
        HttpResponse<String> unknown = login("nobody", "not the password");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(errorOf(unknown)).isEqualTo(errorOf(wrong));
        assertThat(login("", "").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/staff/login", null, "{not json").statusCode())
                .isEqualTo(400);
    }

    @Test
    void login_afterFiveFailures_is429WithRetryAfterUntilTheLockEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login("alice", "wrong " + i).statusCode()).isEqualTo(401);
            assertThat(login("ghost", "wrong " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = login("alice", PASSWORD);
        HttpResponse<String> ghost = login("ghost", PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).contains("60");
        assertThat(code(locked)).isEqualTo("login_locked");
        assertThat(ghost.statusCode()).isEqualTo(429);
        assertThat(errorOf(ghost)).isEqualTo(errorOf(locked));
        fx.clock.advance(Duration.ofSeconds(61));
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void audit_admin_listsActionsFilteredWithoutSecrets() throws Exception {
        String aliceToken = token("alice");
        call("POST", "/api/v1/staff/logout", aliceToken, null);
        login("alice", "a wrong password");
        String admin = token("root");

        HttpResponse<String> all = call("GET", "/api/v1/admin/audit?limit=50", admin, null);
        HttpResponse<String> alices = call("GET", "/api/v1/admin/audit?actor=alice&limit=2", admin, null);
        HttpResponse<String> badLimit = call("GET", "/api/v1/admin/audit?limit=0", admin, null);

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).doesNotContain(aliceToken, admin, PASSWORD, "a wrong password");
        var entries = new JsonObject(all.body()).getJsonArray("entries");
        assertThat(entries.getJsonObject(0).getString("action")).isEqualTo("admin.audit_viewed"); // this very request
        assertThat(entries.getJsonObject(1).getString("action")).isEqualTo("staff.login");
        assertThat(entries.getJsonObject(1).getString("actor")).isEqualTo("root");
        assertThat(entries.getJsonObject(1).getString("at")).isEqualTo("2026-11-27T08:00:00Z");
        JsonObject page = new JsonObject(alices.body());
        assertThat(page.getJsonArray("entries").stream().map(e -> ((JsonObject) e).getString("action")))
                .containsExactly("staff.login_failed", "staff.logout");
        assertThat(page.getString("next")).isNotBlank();
        assertThat(badLimit.statusCode()).isEqualTo(400);

        HttpResponse<String> views = call("GET", "/api/v1/admin/audit?actor=root", admin, null);
        assertThat(new JsonObject(views.body())
                        .getJsonArray("entries").stream()
                                .filter(e ->
                                        ((JsonObject) e).getString("action").equals("admin.audit_viewed")))
                .hasSize(3); // not the 400
    }

    @Test
    void guard_webSocketHandshake_takesTheTokenFromTheQueryAndRefusesWithout() throws Exception {
        String token = token("alice");
        WebSocketClient client = fx.vertx.createWebSocketClient();
        try {
            WebSocketConnectOptions options =
                    new WebSocketConnectOptions().setHost("127.0.0.1").setPort(server.actualPort());
            CompletableFuture<String> greeting = new CompletableFuture<>();
            await(client.connect(new WebSocketConnectOptions(options).setURI("/api/v1/staff/live?token=" + token))
                    .map(socket -> socket.textMessageHandler(greeting::complete)));

            Throwable refused = StaffFixture.failure(
                    client.connect(new WebSocketConnectOptions(options).setURI("/api/v1/staff/live")));

            assertThat(greeting.get(10, TimeUnit.SECONDS)).isEqualTo("hello alice");
            assertThat(refused).isInstanceOf(UpgradeRejectedException.class);
            assertThat(((UpgradeRejectedException) refused).getStatus()).isEqualTo(401);
            assertThat(call("GET", "/api/v1/staff/me?token=" + token, null, null)
                            .statusCode())
                    .isEqualTo(401);
        } finally {
            await(client.close());
        }
    }

    @Test
    void changePassword_rightCurrent_endsSessionsAndTheNewOneWorks() throws Exception {
        String token = token("alice");
        String other = token("alice");

        HttpResponse<String> wrong = call(
                "POST",
                "/api/v1/staff/password",
                token,
                new JsonObject()
                        .put("currentPassword", "not it")
                        .put("newPassword", "a new long password")
                        .encode());
        HttpResponse<String> weak = call(
                "POST",
                "/api/v1/staff/password",
                token,
                new JsonObject()
                        .put("currentPassword", PASSWORD)
                        .put("newPassword", "short")
                        .encode());
        HttpResponse<String> changed = call(
                "POST",
                "/api/v1/staff/password",
                token,
                new JsonObject()
                        .put("currentPassword", PASSWORD)
                        .put("newPassword", "a new long password")
                        .encode());

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(code(wrong)).isEqualTo("invalid_current_password");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/staff/me", token, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/staff/me", other, null).statusCode()).isEqualTo(401);
        assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(login("alice", "a new long password").statusCode()).isEqualTo(200);
    }

    @Test
    void listStaff_admin_seesAccountsWithoutHashes() throws Exception {
        HttpResponse<String> r = call("GET", "/api/v1/admin/staff", token("root"), null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("argon2", "passwordHash");
        assertThat(new JsonObject(r.body())
                        .getJsonArray("staff").stream().map(a -> ((JsonObject) a).getString("username")))
                .containsExactly("alice", "root", "sue");
        assertThat(call("GET", "/api/v1/admin/staff", token("sue"), null).statusCode())
                .isEqualTo(403);
    }

    /** The error of a response without its request id, which differs from one request to the next. */
    private static JsonObject errorOf(HttpResponse<String> r) {
        return new JsonObject(r.body()).getJsonObject("error");
    }
}
