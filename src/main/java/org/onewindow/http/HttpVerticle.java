package org.onewindow.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.Set;
import org.onewindow.conversation.FileStorage;
import org.onewindow.i18n.MessageCatalog;

/** The HTTP verticle: assembles the router from the {@code …Routes} of {@link HttpServices} and listens. */
public final class HttpVerticle extends VerticleBase {

    static final int MAX_PART_HEADER_BYTES = 16 * 1024;

    private final HttpServices services;
    private final String host;
    private final int port;

    public HttpVerticle(HttpServices services, String host, int port) {
        this.services = services;
        this.host = host;
        this.port = port;
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        OriginPolicy origins = new OriginPolicy(services.config().allowedOrigins());
        int clientTimeoutSeconds = services.config().clientTimeoutSeconds();
        SlowClients slowClients = new SlowClients(vertx, clientTimeoutSeconds * 1000L);
        long pingMillis = clientTimeoutSeconds * 1000L / 3; // three pings unanswered and the client is gone
        router.route().handler(RequestIdHeader::handle);
        router.route().handler(slowClients::requestStarted);
        router.route().failureHandler(ApiErrors::handle);
        router.route("/api/*").handler(cors(origins));
        // Before every other staff/admin route: the open login, then the guards of /api/v1/staff/… and /api/v1/admin/….
        new StaffAuthRoutes(services.staffAuth(), services.staffStore(), services.auditLog(), services.clock(),
                services.config().maxBodyBytes()).mount(router);

        new ConversationRoutes(vertx, services.conversations(), services.identities(), origins, services.floodGuard(),
                services.config().maxBodyBytes(), services.files(), services.config().dataDir().resolve("uploads"),
                FileStorage.MAX_BYTES, services.incentives(), services.clock(), pingMillis).mount(router);
        new KnowledgeRoutes(vertx, services.processes(), services.knowledge(), services.config().knowledgeBase(),
                services.config().dataDir().resolve("uploads"), services.auditLog(), services.clock()).mount(router);
        new OpsRoutes(vertx, services.healthChecks(), services.metrics()).mount(router);
        new MessageRoutes(MessageCatalog.bundled()).mount(router);
        new HandoffRoutes(vertx, services.handoffs(), services.conversations(), services.auditLog(), services.clock(),
                services.config().maxBodyBytes(), services.profiles(), pingMillis).mount(router);
        // The admin guard is already on /api/v1/admin/* (StaffAuthRoutes).
        new ConnectorRoutes(services.callbacks(), services.deliveries(), services.outbox(), RoutingContext::next)
                .mount(router);
        new DashboardRoutes(services.dashboards(), services.processes(), services.clock()).mount(router);
        new FeedbackRoutes(vertx, services.feedback(), services.conversations(), services.knowledge(),
                services.config().knowledgeBase(), services.auditLog(), services.clock(),
                services.config().maxBodyBytes()).mount(router);
        new PrivacyRoutes(services.personalData(), services.conversations(), services.auditLog(), services.clock(),
                services.retention()).mount(router);
        services.channels().forEach(channel -> channel.mount(router));
        AllowedMethods allowed = AllowedMethods.of(router, "/api/");
        router.route("/api/*").handler(ctx -> {
            Set<String> methods = allowed.on(ctx.normalizedPath());
            if (methods.isEmpty()) {
                ctx.fail(404);
            } else {
                ctx.response().putHeader("Allow", String.join(", ", methods));
                ctx.fail(405);
            }
        });

        router.get("/widget.js").handler(ctx -> ctx.reroute("/widget/widget.js"));
        router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(300));
        router.errorHandler(404, ctx -> ApiErrors.send(ctx, 404, "not_found", "No such resource."));
        router.errorHandler(405, ctx -> ApiErrors.send(ctx, 405, "method_not_allowed", "This method is not allowed here."));

        HttpServerOptions options = new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setCompressionSupported(true)
                .setMaxWebSocketFrameSize(64 * 1024)
                // A multipart part's headers (a long file name) are buffered whole up to this size, then refused
                // with a 400: how TCP splits the body must not decide whether an upload passes.
                .setMaxFormBufferedBytes(MAX_PART_HEADER_BYTES)
                // Neither reading nor writing for twice the client timeout: a stalled connection the deadlines of
                // SlowClients (which answer 408 first) did not cover. Open WebSockets are pinged well within it.
                .setIdleTimeout(2 * clientTimeoutSeconds)
                // Without cleartext HTTP/2 detection a connection is HTTP/1.1 from its first byte, so the slow-headers
                // deadline starts then (browsers speak HTTP/2 only over TLS, which a proxy in front terminates).
                .setHttp2ClearTextEnabled(false);
        return vertx.createHttpServer(options)
                .connectionHandler(slowClients::connected)
                .invalidRequestHandler(InvalidRequests::respond)
                .requestHandler(router)
                .listen();
    }

    private static CorsHandler cors(OriginPolicy origins) {
        CorsHandler cors = CorsHandler.create();
        if (!origins.allowsAny()) {
            cors.addOrigins(origins.allowed());
        }
        return cors.allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE))
                .allowedHeaders(Set.of("Content-Type", "Authorization", "Accept-Language", RequestIdHeader.NAME))
                .exposedHeaders(Set.of(RequestIdHeader.NAME))
                .maxAgeSeconds(600);
    }
}
