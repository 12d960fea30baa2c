package org.onewindow.http;

import io.vertx.core.Future;
import java.util.Map;

/** One component's health for {@code GET /health}: completes with details when usable, fails when not. */
public interface HealthCheck {
    String name();

    Future<Map<String, Object>> check();
}
