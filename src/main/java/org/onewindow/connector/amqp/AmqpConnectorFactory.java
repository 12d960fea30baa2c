package org.onewindow.connector.amqp;

import io.vertx.core.Vertx;
import org.onewindow.connector.Connector;
import org.onewindow.connector.ConnectorFactory;
import org.onewindow.connector.ConnectorSpec;

/** Builds {@code type: amqp} connectors. */
public final class AmqpConnectorFactory implements ConnectorFactory {

    private final Vertx vertx;

    public AmqpConnectorFactory(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public String type() {
        return "amqp";
    }

    @Override
    public Connector create(ConnectorSpec spec) {
        return new AmqpConnector(vertx, spec, AmqpConnectorConfig.from(spec.adapter()));
    }
}
