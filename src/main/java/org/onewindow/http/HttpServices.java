package org.onewindow.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.onewindow.config.AppConfig;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.IdentityVerifier;

/** What the HTTP layer serves, wired once in {@code Main} and shared by every verticle instance. */
public record HttpServices(AppConfig config, ConversationService conversations, IdentityVerifier identities,
                           List<HealthCheck> healthChecks, PrometheusMeterRegistry metrics) {
    public HttpServices {
        healthChecks = List.copyOf(healthChecks);
    }
}
