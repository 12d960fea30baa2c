package org.onewindow;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.function.Supplier;
import org.onewindow.config.AppConfig;
import org.onewindow.http.HttpApi;
import org.onewindow.http.HttpSettings;
import org.onewindow.http.HttpVerticle;

/**
 * The HTTP API: one verticle per core, sharing one port. Started last, once everything it serves
 * runs; stopped first, so no request reaches a part that is stopping.
 */
final class HttpModule implements Module {

    private final Vertx vertx;
    private final AppConfig config;
    private final Clock clock;
    private final Supplier<HttpApi> api;
    private int port;
    private String deployment;

    /** {@code api} is read at start, when the modules it draws on have started. */
    HttpModule(Vertx vertx, AppConfig config, Clock clock, Supplier<HttpApi> api) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.api = api;
    }

    @Override
    public String name() {
        return "http";
    }

    /**
     * Port 0 means a free port, picked here first because Vert.x shares a listening socket between
     * instances only for the same port.
     */
    @Override
    public Future<Void> start() {
        HttpApi served = api.get();
        int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
        return vertx.executeBlocking(() -> config.port() == 0 ? freePort(config.host()) : config.port())
                .compose(chosen -> {
                    port = chosen;
                    HttpSettings settings = HttpSettings.of(config, chosen, clock);
                    return vertx.deployVerticle(
                            () -> new HttpVerticle(settings, served), new DeploymentOptions().setInstances(instances));
                })
                .map(id -> {
                    deployment = id;
                    return null;
                });
    }

    @Override
    public Future<Void> stop() {
        return deployment == null ? Future.succeededFuture() : vertx.undeploy(deployment);
    }

    int port() {
        return port;
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }
}
