package org.onewindow.connector.http;

import io.vertx.core.Vertx;
import org.onewindow.connector.Connector;
import org.onewindow.connector.ConnectorFactory;
import org.onewindow.connector.ConnectorSpec;

/** Builds {@code type: http} connectors; they need a signing secret. */
public final class HttpConnectorFactory implements ConnectorFactory {

    private final Vertx vertx;

    public HttpConnectorFactory(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public String type() {
        return "http";
    }

    @Override
    public boolean needsSecret() {
        return true;
    }

    @Override
    public Connector create(ConnectorSpec spec) {
        return new HttpConnector(vertx, spec, HttpConnectorConfig.from(spec.adapter()));
    }
}
