package org.onewindow.connector.file;

import io.vertx.core.Vertx;
import org.onewindow.connector.Connector;
import org.onewindow.connector.ConnectorFactory;
import org.onewindow.connector.ConnectorSpec;

/** Builds {@code type: file} connectors. */
public final class FileConnectorFactory implements ConnectorFactory {

    private final Vertx vertx;

    public FileConnectorFactory(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public String type() {
        return "file";
    }

    @Override
    public Connector create(ConnectorSpec spec) {
        return new FileConnector(vertx, spec.id(), FileConnectorConfig.from(spec.adapter()));
    }
}
