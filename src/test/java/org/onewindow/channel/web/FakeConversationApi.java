package org.onewindow.channel.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onewindow.testing.ShippedDepartments;

/**
 * A small in-memory stand-in for the conversation API of API.md, for the widget's own
 * behaviour tests (reconnect and catch-up, dedupe by seq, rejected tokens, rendering of
 * every message and state shape) where the real server cannot be steered precisely.
 * It also serves the real webroot, so the page under test is the one we ship.
 *
 * <p>Test hooks (no auth, test only): {@code POST /test/{id}/push} stores and pushes a
 * message, {@code POST /test/{id}/state} merges into the state and pushes it,
 * {@code POST /test/{id}/drop} closes the conversation's sockets, {@code POST /test/{id}/flaky}
 * processes the next send but drops its connection instead of answering,
 * {@code POST /test/{id}/forget} makes its token invalid.
 */
final class FakeConversationApi {

    static final class Conv {
        final String id = UUID.randomUUID().toString();
        final String token = UUID.randomUUID().toString();
        final List<JsonObject> messages = new CopyOnWriteArrayList<>();
        final List<ServerWebSocket> sockets = new CopyOnWriteArrayList<>();
        final Map<String, JsonObject> replies = new HashMap<>();
        JsonObject state = new JsonObject()
                .put("mode", "bot")
                .putNull("process")
                .putNull("handoff")
                .put("submissions", new JsonArray());
        final List<String> receivedClientIds = new CopyOnWriteArrayList<>();
        volatile boolean dropNextReply;
        JsonObject identity;
        long seq;
    }

    private final Vertx vertx;
    private final Map<String, Conv> convs = new ConcurrentHashMap<>();
    private final List<JsonObject> created = new CopyOnWriteArrayList<>();
    private HttpServer server;

    FakeConversationApi(Vertx vertx) {
        this.vertx = vertx;
    }

    Future<Integer> start() {
        Router router = Router.router(vertx);
        router.route()
                .handler(BodyHandler.create()
                        .setUploadsDirectory(System.getProperty("java.io.tmpdir") + "/onewindow-fake-uploads")
                        .setBodyLimit(5_000_000));
        router.post("/api/v1/conversations").handler(this::create);
        router.post("/api/v1/conversations/:id/messages").handler(this::send);
        router.get("/api/v1/conversations/:id/messages").handler(this::history);
        router.post("/api/v1/conversations/:id/files").handler(this::upload);
        router.post("/test/:id/push").handler(this::testPush);
        router.post("/test/:id/state").handler(this::testState);
        router.post("/test/:id/drop").handler(ctx -> {
            Conv c = convs.get(ctx.pathParam("id"));
            if (c != null) c.sockets.forEach(ServerWebSocket::close);
            ctx.response().setStatusCode(204).end();
        });
        router.post("/test/:id/flaky").handler(ctx -> {
            convs.get(ctx.pathParam("id")).dropNextReply = true;
            ctx.response().setStatusCode(204).end();
        });
        router.post("/test/:id/forget").handler(ctx -> {
            Conv c = convs.remove(ctx.pathParam("id"));
            if (c != null) c.sockets.forEach(ServerWebSocket::close);
            ctx.response().setStatusCode(204).end();
        });
        router.get("/test-embed").handler(this::embedPage);
        // The widget's texts, as GET /api/v1/messages/{lang} serves them: the real catalogue, and the
        // departments' names (department.<id>) from the shipped registry.
        router.get("/api/v1/messages/:lang").handler(ctx -> {
            org.onewindow.shared.Lang lang = org.onewindow.shared.Lang.parseOrNull(ctx.pathParam("lang"));
            List<String> prefixes = ctx.queryParam("prefix");
            Map<String, Object> texts =
                    new HashMap<>(org.onewindow.i18n.MessageCatalog.bundled().texts(lang, prefixes));
            for (org.onewindow.process.Department d :
                    ShippedDepartments.registry().all()) {
                String key = "department." + d.id();
                if (prefixes.isEmpty() || prefixes.stream().anyMatch(key::startsWith)) {
                    texts.put(key, d.name(lang));
                }
            }
            ctx.response()
                    .putHeader("content-type", "application/json; charset=utf-8")
                    .end(new JsonObject(texts).encode());
        });
        router.get("/widget.js").handler(ctx -> ctx.reroute("/widget/widget.js"));
        router.route().handler(StaticHandler.create("webroot").setCachingEnabled(false));
        return vertx.createHttpServer()
                .webSocketHandler(this::events)
                .requestHandler(router)
                .listen(0)
                .map(s -> {
                    server = s;
                    return s.actualPort();
                });
    }

    Future<Void> stop() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    /** The bodies of every POST /api/v1/conversations, in order. */
    List<JsonObject> createdBodies() {
        return created;
    }

    Conv conversation(String id) {
        return convs.get(id);
    }

    // ------------------------------------------------------------------ handlers

    private void create(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        created.add(body == null ? new JsonObject() : body);
        Conv c = new Conv();
        c.identity = body == null ? null : body.getJsonObject("identity");
        convs.put(c.id, c);
        boolean zh = body == null || !"en".equals(body.getString("locale"));
        JsonObject greeting = store(
                c,
                msg(
                                "bot",
                                "text",
                                zh
                                        ? "您好！我是园区一网通办智能助手。您可以直接提问，或选择下面的事项办理。"
                                        : "Hello! I am the park's OneWindow assistant. Ask a question, or pick a service below.")
                        .put(
                                "quickReplies",
                                new JsonArray()
                                        .add(qr(zh ? "企业注销" : "Deregistration", "process:start:deregistration"))
                                        .add(qr(zh ? "转人工" : "Talk to staff", "handoff:request"))));
        ctx.response()
                .setStatusCode(201)
                .putHeader("content-type", "application/json")
                .end(new JsonObject()
                        .put("id", c.id)
                        .put("token", c.token)
                        .put("locale", zh ? "zh" : "en")
                        .put("messages", new JsonArray().add(greeting))
                        .put("state", c.state)
                        .encode());
    }

    private Conv authorized(RoutingContext ctx) {
        Conv c = convs.get(ctx.pathParam("id"));
        String auth = ctx.request().getHeader("Authorization");
        if (c == null) {
            error(ctx, 404, "not_found", "no such conversation");
            return null;
        }
        if (auth == null || !auth.equals("Bearer " + c.token)) {
            error(ctx, 401, "unauthorized", "missing or wrong token");
            return null;
        }
        return c;
    }

    private void send(RoutingContext ctx) {
        Conv c = authorized(ctx);
        if (c == null) return;
        JsonObject body = ctx.body().asJsonObject();
        String cid = body.getString("clientMessageId");
        c.receivedClientIds.add(String.valueOf(cid));
        if ("FAIL400".equals(body.getString("text"))) {
            error(ctx, 400, "text_too_long", "text is longer than 4000 characters.");
            return;
        }
        synchronized (c) {
            if (cid != null && c.replies.containsKey(cid)) {
                json(ctx, 200, c.replies.get(cid));
                return;
            }
            List<JsonObject> out = new ArrayList<>();
            String action = body.getString("action");
            String text = body.getString("text");
            out.add(store(c, msg("user", "text", action != null ? labelOf(c, action) : text)));
            out.addAll(respond(c, action, text));
            JsonObject reply =
                    new JsonObject().put("messages", new JsonArray(out)).put("state", c.state);
            if (cid != null) c.replies.put(cid, reply);
            if (c.dropNextReply) {
                // the turn happened, but the reply is lost on the way: the client sees a network error
                c.dropNextReply = false;
                ctx.request().connection().close();
                return;
            }
            json(ctx, 200, reply);
        }
        push(c, new JsonObject().put("type", "state").put("state", c.state));
    }

    private List<JsonObject> respond(Conv c, String action, String text) {
        List<JsonObject> out = new ArrayList<>();
        if ("process:start:deregistration".equals(action)) {
            setProcess(
                    c,
                    1,
                    new JsonObject()
                            .put("name", "reason")
                            .put("type", "enum")
                            .put("label", "注销原因 / Reason")
                            .put("required", true)
                            .put(
                                    "options",
                                    new JsonArray()
                                            .add(new JsonObject()
                                                    .put("label", "决议解散 / Dissolution")
                                                    .put("value", "dissolution"))
                                            .add(new JsonObject()
                                                    .put("label", "营业期满 / Term expired")
                                                    .put("value", "expired"))));
            out.add(store(
                    c,
                    msg("bot", "text", "第 1 步：请选择注销原因。")
                            .put(
                                    "quickReplies",
                                    new JsonArray()
                                            .add(qr("决议解散 / Dissolution", "answer:dissolution"))
                                            .add(qr("营业期满 / Term expired", "answer:expired")))));
        } else if (action != null
                && action.startsWith("answer:")
                && c.state.getJsonObject("process") != null
                && c.state.getJsonObject("process").getInteger("step") == 1) {
            setProcess(
                    c,
                    2,
                    new JsonObject()
                            .put("name", "taxCleared")
                            .put("type", "boolean")
                            .put("label", "已完成清税 / Taxes cleared")
                            .put("required", true)
                            .put(
                                    "options",
                                    new JsonArray()
                                            .add(new JsonObject()
                                                    .put("label", "是 / Yes")
                                                    .put("value", "true"))
                                            .add(new JsonObject()
                                                    .put("label", "否 / No")
                                                    .put("value", "false"))));
            out.add(store(
                    c,
                    msg("bot", "text", "第 2 步：是否已完成清税？")
                            .put(
                                    "quickReplies",
                                    new JsonArray()
                                            .add(qr("是 / Yes", "answer:true"))
                                            .add(qr("否 / No", "answer:false")))));
        } else if (action != null && action.startsWith("answer:")) {
            setProcess(
                    c,
                    3,
                    new JsonObject()
                            .put("name", "resolution")
                            .put("type", "file")
                            .put("label", "股东会决议 / Shareholders' resolution")
                            .put("required", true));
            out.add(store(c, msg("bot", "text", "第 3 步：请上传股东会决议（PDF）。")));
        } else if ("handoff:request".equals(action)
                || (text != null && (text.contains("人工") || text.contains("staff")))) {
            c.state
                    .put("mode", "handoff")
                    .put("handoff", new JsonObject().put("status", "queued").put("department", "园区政务服务中心"));
            out.add(store(c, msg("system", "notice", "正在为您转接人工服务 / Connecting you to staff")));
        } else if (text != null && (text.contains("注销") || text.toLowerCase().contains("deregist"))) {
            out.add(store(
                    c,
                    msg(
                                    "bot",
                                    "text",
                                    "企业注销一般在 **5–10 个工作日** 内办结：\n- 先完成清税\n- 再向市场监管部门申请注销登记\n详见 https://example.org/dereg")
                            .put(
                                    "citations",
                                    new JsonArray()
                                            .add(new JsonObject()
                                                    .put("title", "企业注销指南")
                                                    .put("source", "knowledge-base/procedures/deregistration.zh.md")
                                                    .put("section", "办理时限")))
                            .put("quickReplies", new JsonArray().add(qr("立即办理", "process:start:deregistration")))));
        } else {
            out.add(store(c, msg("bot", "text", "I received: " + text)));
        }
        return out;
    }

    private void setProcess(Conv c, int step, JsonObject field) {
        c.state
                .put("mode", "process")
                .put(
                        "process",
                        new JsonObject()
                                .put("id", "deregistration")
                                .put("title", "企业注销 / Deregistration")
                                .put("step", step)
                                .put("steps", 5)
                                .put("field", field));
    }

    private String labelOf(Conv c, String action) {
        for (int i = c.messages.size() - 1; i >= 0; i--) {
            JsonArray qrs = c.messages.get(i).getJsonArray("quickReplies");
            if (qrs == null) continue;
            for (Object o : qrs) {
                JsonObject q = (JsonObject) o;
                if (action.equals(q.getString("action"))) return q.getString("label");
            }
        }
        return action;
    }

    private void history(RoutingContext ctx) {
        Conv c = authorized(ctx);
        if (c == null) return;
        long after = Long.parseLong(
                ctx.queryParams().get("after") == null ? "0" : ctx.queryParams().get("after"));
        JsonArray out = new JsonArray();
        c.messages.stream().filter(m -> m.getLong("seq") > after).forEach(out::add);
        json(ctx, 200, new JsonObject().put("messages", out).put("state", c.state));
    }

    private void upload(RoutingContext ctx) {
        Conv c = authorized(ctx);
        if (c == null) return;
        var files = ctx.fileUploads();
        if (files.isEmpty() || !"file".equals(files.get(0).name())) {
            error(ctx, 400, "missing_file", "multipart part 'file' is required");
            return;
        }
        var f = files.get(0);
        JsonObject meta =
                new JsonObject().put("name", f.fileName()).put("size", f.size()).put("contentType", f.contentType());
        store(c, msg("user", "file", f.fileName()).put("file", meta));
        json(ctx, 201, meta);
    }

    private void testPush(RoutingContext ctx) {
        Conv c = convs.get(ctx.pathParam("id"));
        JsonObject m = ctx.body().asJsonObject();
        store(
                c,
                msg(m.getString("from", "staff"), m.getString("type", "text"), m.getString("text"))
                        .mergeIn(m));
        ctx.response().setStatusCode(204).end();
    }

    private void testState(RoutingContext ctx) {
        Conv c = convs.get(ctx.pathParam("id"));
        c.state.mergeIn(ctx.body().asJsonObject());
        push(c, new JsonObject().put("type", "state").put("state", c.state));
        ctx.response().setStatusCode(204).end();
    }

    /**
     * A bare host page embedding the widget with the data-* attributes given as query
     * parameters (data-identity-uscc=…), a strict CSP, and optionally calls queued before load.
     */
    private void embedPage(RoutingContext ctx) {
        StringBuilder attrs = new StringBuilder();
        ctx.queryParams().forEach((k, v) -> {
            if (k.startsWith("data-"))
                attrs.append(' ').append(k).append("=\"").append(escape(v)).append('"');
        });
        String queued = ctx.queryParams().contains("queue")
                ? "<script nonce=\"n1\">window.OneWindow={q:[[\"identify\",{uscc:\"91430100MA4L000001\",name:\"排队公司\",ts:1764230401,sig:\"cd34\"}]]};</script>"
                : "";
        ctx.response()
                .putHeader("content-type", "text/html; charset=utf-8")
                .putHeader(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self' 'nonce-n1'; style-src 'self'; "
                                + "connect-src 'self' ws: wss:; img-src 'self'")
                .end("<!doctype html><html><head><meta charset=utf-8><title>embed</title></head><body><p>host page</p>"
                        + queued + "<script src=\"/widget.js\"" + attrs + " async></script></body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private void events(ServerWebSocket ws) {
        // /api/v1/conversations/{id}/events?token=…&after=…
        String[] parts = ws.path().split("/");
        Conv c = parts.length == 6 && "events".equals(parts[5]) ? convs.get(parts[4]) : null;
        Map<String, String> q = new HashMap<>();
        if (ws.query() != null) {
            for (String kv : ws.query().split("&")) {
                int i = kv.indexOf('=');
                if (i > 0)
                    q.put(
                            kv.substring(0, i),
                            java.net.URLDecoder.decode(kv.substring(i + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (c == null || !c.token.equals(q.get("token"))) {
            ws.close((short) 4401, "unauthorized");
            return;
        }
        long after = Long.parseLong(q.getOrDefault("after", "0"));
        synchronized (c) {
            c.messages.stream()
                    .filter(m -> m.getLong("seq") > after)
                    .forEach(m -> ws.writeTextMessage(new JsonObject()
                            .put("type", "message")
                            .put("message", m)
                            .encode()));
            ws.writeTextMessage(
                    new JsonObject().put("type", "state").put("state", c.state).encode());
            c.sockets.add(ws);
        }
        ws.closeHandler(v -> c.sockets.remove(ws));
    }

    // ------------------------------------------------------------------ helpers

    private JsonObject store(Conv c, JsonObject m) {
        synchronized (c) {
            m.put("seq", ++c.seq);
            c.messages.add(m);
        }
        push(c, new JsonObject().put("type", "message").put("message", m));
        return m;
    }

    private void push(Conv c, JsonObject frame) {
        String s = frame.encode();
        c.sockets.forEach(ws -> ws.writeTextMessage(s));
    }

    private static JsonObject msg(String from, String type, String text) {
        return new JsonObject()
                .put("from", from)
                .put("type", type)
                .put("text", text)
                .put("at", Instant.now().toString());
    }

    private static JsonObject qr(String label, String action) {
        return new JsonObject().put("label", label).put("action", action);
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(body.encode());
    }

    private static void error(RoutingContext ctx, int status, String code, String message) {
        json(
                ctx,
                status,
                new JsonObject().put("error", new JsonObject().put("code", code).put("message", message)));
    }
}
