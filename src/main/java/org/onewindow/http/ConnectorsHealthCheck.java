package org.onewindow.http;

import io.vertx.core.Future;
import java.util.Map;
import org.onewindow.connector.DeliveryAdmin;

/** The approval systems: up when the outbox can be read; deliveries per state and open circuits as details. */
public final class ConnectorsHealthCheck implements HealthCheck {

    private final DeliveryAdmin deliveries;

    public ConnectorsHealthCheck(DeliveryAdmin deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return "connectors";
    }

    @Override
    public Future<Map<String, Object>> check() {
        return deliveries.health();
    }
}
