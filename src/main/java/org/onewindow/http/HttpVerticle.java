package org.onewindow.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import java.util.Set;
import org.onewindow.conversation.FileStorage;
import org.onewindow.i18n.MessageCatalog;

/** The HTTP verticle: assembles the router from the {@code …Routes} of an {@link HttpApi} and listens. */
public final class HttpVerticle extends VerticleBase {

    static final int MAX_PART_HEADER_BYTES = 16 * 1024;

    private final HttpSettings settings;
    private final HttpApi api;

    public HttpVerticle(HttpSettings settings, HttpApi api) {
        this.settings = settings;
        this.api = api;
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        OriginPolicy origins = new OriginPolicy(settings.allowedOrigins());
        int clientTimeoutSeconds = settings.clientTimeoutSeconds();
        int maxBodyBytes = settings.maxBodyBytes();
        Clock clock = settings.clock();
        SlowClients slowClients = new SlowClients(vertx, clientTimeoutSeconds * 1000L);
        long pingMillis = clientTimeoutSeconds * 1000L / 3; // three pings unanswered and the client is gone
        router.route().handler(RequestIdHeader::handle);
        router.route().handler(slowClients::requestStarted);
        router.route().failureHandler(ApiErrors::handle);
        router.route("/api/*").handler(cors(origins));
        // Before every other staff/admin route: the open login, then the guards of /api/v1/staff/… and /api/v1/admin/….
        HttpApi.Staff staff = api.staff();
        new StaffAuthRoutes(staff.auth(), staff.accounts(), staff.audit(), clock, maxBodyBytes).mount(router);

        HttpApi.Conversations conversations = api.conversations();
        new ConversationRoutes(
                        vertx,
                        conversations.conversations(),
                        conversations.identities(),
                        origins,
                        conversations.floodGuard(),
                        maxBodyBytes,
                        conversations.files(),
                        conversations.uploads(),
                        FileStorage.MAX_BYTES,
                        conversations.incentives(),
                        clock,
                        pingMillis)
                .mount(router);
        HttpApi.Knowledge knowledge = api.knowledge();
        new KnowledgeRoutes(
                        vertx,
                        knowledge.processes(),
                        knowledge.knowledge(),
                        knowledge.knowledgeBase(),
                        knowledge.uploads(),
                        knowledge.audit(),
                        clock)
                .mount(router);
        new OpsRoutes(vertx, api.ops().healthChecks(), api.ops().metrics()).mount(router);
        new MessageRoutes(MessageCatalog.bundled(), api.messages().departments()).mount(router);
        HttpApi.Handoffs handoffs = api.handoffs();
        new HandoffRoutes(
                        vertx,
                        handoffs.handoffs(),
                        handoffs.conversations(),
                        handoffs.audit(),
                        clock,
                        maxBodyBytes,
                        handoffs.profiles(),
                        pingMillis)
                .mount(router);
        // The admin guard is already on /api/v1/admin/* (StaffAuthRoutes).
        HttpApi.Connectors connectors = api.connectors();
        new ConnectorRoutes(connectors.callbacks(), connectors.deliveries(), connectors.outbox(), RoutingContext::next)
                .mount(router);
        new DashboardRoutes(api.dashboard().dashboards(), api.dashboard().processes(), clock).mount(router);
        HttpApi.Feedback feedback = api.feedback();
        new FeedbackRoutes(
                        vertx,
                        feedback.feedback(),
                        feedback.conversations(),
                        feedback.knowledge(),
                        feedback.knowledgeBase(),
                        feedback.audit(),
                        clock,
                        maxBodyBytes)
                .mount(router);
        HttpApi.Privacy privacy = api.privacy();
        new PrivacyRoutes(privacy.personalData(), privacy.conversations(), privacy.audit(), clock, privacy.retention())
                .mount(router);
        api.channels().forEach(channel -> channel.mount(router));
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
        router.route("/*")
                .handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(300));
        router.errorHandler(404, ctx -> ApiErrors.send(ctx, 404, "not_found", "No such resource."));
        router.errorHandler(
                405, ctx -> ApiErrors.send(ctx, 405, "method_not_allowed", "This method is not allowed here."));

        HttpServerOptions options = new HttpServerOptions()
                .setHost(settings.host())
                .setPort(settings.port())
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
