package org.onewindow.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffStore;
import java.util.function.Supplier;
import org.onewindow.channel.InputChannel;
import org.onewindow.config.AppConfig;
import org.onewindow.connector.ConnectorCallbacks;
import org.onewindow.connector.DeliveryAdmin;
import org.onewindow.connector.OutboxStore;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.FileStorage;
import org.onewindow.handoff.HandoffService;
import org.onewindow.insight.DashboardStore;
import org.onewindow.insight.FeedbackStore;
import org.onewindow.policy.ProfileStore;
import org.onewindow.privacy.PersonalDataStore;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.process.ProcessCatalog;

/** What the HTTP layer serves, wired once in {@code OneWindow} and shared by every verticle instance. */
public record HttpServices(AppConfig config, ConversationService conversations, IdentityVerifier identities,
                           List<HealthCheck> healthChecks, PrometheusMeterRegistry metrics,
                           Supplier<ProcessCatalog> processes, KnowledgeBase knowledge, FileStorage files,
                           ConnectorCallbacks callbacks, DeliveryAdmin deliveries, OutboxStore outbox,
                           StaffAuth staffAuth, StaffStore staffStore, AuditLog auditLog, Clock clock,
                           HandoffService handoffs, Supplier<IncentiveCatalog> incentives, List<InputChannel> channels,
                           DashboardStore dashboards, FeedbackStore feedback, ProfileStore profiles,
                           PersonalDataStore personalData,
                           Supplier<io.vertx.core.Future<PersonalDataStore.Erasure>> retention, FloodGuard floodGuard) {
    public HttpServices {
        healthChecks = List.copyOf(healthChecks);
        channels = List.copyOf(channels);
    }
}
