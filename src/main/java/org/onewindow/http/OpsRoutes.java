package org.onewindow.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Operations: health, Prometheus metrics, the OpenAPI document and its swagger-ui viewer. */
final class OpsRoutes {

    private static final long HEALTH_TIMEOUT_MS = 3_000;

    private final Vertx vertx;
    private final List<HealthCheck> checks;
    private final PrometheusMeterRegistry registry;
    private final String openApi;
    private final String docsPage;
    private final String swaggerUiRoot;

    OpsRoutes(Vertx vertx, List<HealthCheck> checks, PrometheusMeterRegistry registry) {
        this.vertx = vertx;
        this.checks = List.copyOf(checks);
        this.registry = registry;
        this.openApi = resource("openapi.json");
        this.docsPage = resource("webroot/docs.html");
        this.swaggerUiRoot = "META-INF/resources/webjars/swagger-ui/" + webjarVersion("swagger-ui");
    }

    void mount(Router router) {
        router.get("/health").handler(this::handleHealth);
        router.get("/metrics").handler(this::handleMetrics);
        router.get("/openapi.json").handler(this::handleOpenApi);
        router.get("/docs")
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "text/html; charset=utf-8")
                        .end(docsPage));
        router.get("/docs/swagger-ui/*").handler(this::handleSwaggerUi);
    }

    private void handleHealth(RoutingContext ctx) {
        List<Future<Map<String, Object>>> results = new ArrayList<>();
        for (HealthCheck check : checks) {
            results.add(check.check().timeout(HEALTH_TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS));
        }
        Future.join(results).onComplete(ignored -> {
            Map<String, Object> components = new LinkedHashMap<>();
            boolean allUp = true;
            for (int i = 0; i < checks.size(); i++) {
                Future<Map<String, Object>> result = results.get(i);
                Map<String, Object> component = new LinkedHashMap<>();
                if (result.succeeded()) {
                    component.put("status", "UP");
                    component.putAll(result.result());
                } else {
                    allUp = false;
                    component.put("status", "DOWN");
                    component.put("reason", String.valueOf(result.cause().getMessage()));
                }
                components.put(checks.get(i).name(), component);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", allUp ? "UP" : "DOWN");
            body.put("components", components);
            Requests.sendJson(ctx, allUp ? 200 : 503, body);
        });
    }

    private void handleMetrics(RoutingContext ctx) {
        vertx.executeBlocking(registry::scrape, false)
                .onSuccess(text -> ctx.response()
                        .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                        .end(text))
                .onFailure(ctx::fail);
    }

    private void handleOpenApi(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(openApi);
    }

    private void handleSwaggerUi(RoutingContext ctx) {
        String file = ctx.pathParam("*");
        if (file == null || file.contains("..") || file.startsWith("/")) {
            ctx.fail(404);
            return;
        }
        ctx.response().sendFile(swaggerUiRoot + "/" + file).onFailure(e -> {
            if (!ctx.response().ended()) {
                ctx.fail(404);
            }
        });
    }

    static String resource(String path) {
        try (InputStream in = OpsRoutes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of a WebJar on the classpath, from its Maven metadata. */
    private static String webjarVersion(String artifact) {
        String path = "META-INF/maven/org.webjars/" + artifact + "/pom.properties";
        try (InputStream in = OpsRoutes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + artifact + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
