package org.onewindow.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.function.Supplier;
import org.onewindow.config.AppConfig;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.FileStorage;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.process.ProcessCatalog;

/** What the HTTP layer serves, wired once in {@code OneWindow} and shared by every verticle instance. */
public record HttpServices(AppConfig config, ConversationService conversations, IdentityVerifier identities,
                           List<HealthCheck> healthChecks, PrometheusMeterRegistry metrics,
                           Supplier<ProcessCatalog> processes, KnowledgeBase knowledge, FileStorage files) {
    public HttpServices {
        healthChecks = List.copyOf(healthChecks);
    }
}
