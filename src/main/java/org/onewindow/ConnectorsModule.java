package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.onewindow.config.AppConfig;
import org.onewindow.connector.ConnectorRegistry;
import org.onewindow.connector.amqp.AmqpConnectorFactory;
import org.onewindow.connector.config.ConnectorConfigLoader;
import org.onewindow.connector.file.FileConnectorFactory;
import org.onewindow.connector.http.HttpConnectorFactory;
import org.onewindow.store.SqlOutboxStore;

/**
 * The approval systems: the connectors configured in {@code connectors/} (secrets from the
 * environment), the one place that names the adapters, and the outbox their deliveries are planned
 * in. The relay that works the outbox off starts with the conversations ({@link ConversationsModule}).
 */
final class ConnectorsModule implements Module {

    private final Vertx vertx;
    private final AppConfig config;
    private final Map<String, String> env;
    private final StoreModule store;
    private final Clock clock;
    private ConnectorRegistry registry;
    private SqlOutboxStore outbox;

    ConnectorsModule(Vertx vertx, AppConfig config, Map<String, String> env, StoreModule store, Clock clock) {
        this.vertx = vertx;
        this.config = config;
        this.env = env;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "connectors";
    }

    @Override
    public Future<Void> start() {
        return vertx.executeBlocking(() -> {
            registry = new ConnectorConfigLoader(
                            List.of(
                                    new HttpConnectorFactory(vertx),
                                    new AmqpConnectorFactory(vertx),
                                    new FileConnectorFactory(vertx)),
                            config.dataDir(),
                            env)
                    .load(config.connectors());
            outbox = store.outbox(registry, clock);
            return null;
        });
    }

    @Override
    public Future<Void> stop() {
        return registry == null ? Future.succeededFuture() : registry.close();
    }

    ConnectorRegistry registry() {
        return registry;
    }

    SqlOutboxStore outbox() {
        return outbox;
    }

    /** The configured connectors' ids. */
    List<String> ids() {
        return registry.all().stream().map(c -> c.spec().id()).toList();
    }
}
