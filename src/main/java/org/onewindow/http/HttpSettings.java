package org.onewindow.http;

import java.time.Clock;
import java.util.List;
import org.onewindow.config.AppConfig;

/** How the HTTP verticle listens and treats its clients: address, allowed origins, timeouts, body limit, clock. */
public record HttpSettings(
        String host, int port, List<String> allowedOrigins, int clientTimeoutSeconds, int maxBodyBytes, Clock clock) {

    public HttpSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** The settings of {@code config}, listening on {@code port} (the one actually chosen when the config says 0). */
    public static HttpSettings of(AppConfig config, int port, Clock clock) {
        return new HttpSettings(
                config.host(),
                port,
                config.allowedOrigins(),
                config.clientTimeoutSeconds(),
                config.maxBodyBytes(),
                clock);
    }
}
