package org.onewindow.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.onewindow.channel.InputChannel;
import org.onewindow.connector.ConnectorCallbacks;
import org.onewindow.connector.DeliveryAdmin;
import org.onewindow.connector.OutboxStore;
import org.onewindow.conversation.ConversationService;
import org.onewindow.conversation.FileStorage;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.handoff.HandoffService;
import org.onewindow.insight.DashboardStore;
import org.onewindow.insight.FeedbackStore;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.policy.ProfileStore;
import org.onewindow.privacy.PersonalDataStore;
import org.onewindow.process.DepartmentRegistry;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffStore;

/**
 * What the HTTP verticle serves, one record per {@code …Routes} class holding only what that class
 * uses; built once by the wiring and shared by every verticle instance.
 */
public record HttpApi(
        Staff staff,
        Conversations conversations,
        Knowledge knowledge,
        Ops ops,
        Handoffs handoffs,
        Connectors connectors,
        Dashboard dashboard,
        Feedback feedback,
        Privacy privacy,
        Messages messages,
        List<InputChannel> channels) {

    public HttpApi {
        channels = List.copyOf(channels);
    }

    /** Login, sessions and accounts ({@link StaffAuthRoutes}), and the guards of the staff and admin routes. */
    public record Staff(StaffAuth auth, StaffStore accounts, AuditLog audit) {}

    /** The enterprise's conversations, uploads and events ({@link ConversationRoutes}). */
    public record Conversations(
            ConversationService conversations,
            IdentityVerifier identities,
            FloodGuard floodGuard,
            FileStorage files,
            Path uploads,
            Supplier<IncentiveCatalog> incentives) {}

    /** The admin's knowledge base: documents, uploads, processes ({@link KnowledgeRoutes}). */
    public record Knowledge(
            Supplier<ProcessCatalog> processes,
            KnowledgeBase knowledge,
            Path knowledgeBase,
            Path uploads,
            AuditLog audit) {}

    /** Health, metrics and the API's documentation ({@link OpsRoutes}). */
    public record Ops(List<HealthCheck> healthChecks, PrometheusMeterRegistry metrics) {
        public Ops {
            healthChecks = List.copyOf(healthChecks);
        }
    }

    /** Staff queues, claims and the relay to the enterprise ({@link HandoffRoutes}). */
    public record Handoffs(
            HandoffService handoffs, ConversationService conversations, ProfileStore profiles, AuditLog audit) {}

    /** The approval systems' status callbacks and the admin's view of deliveries ({@link ConnectorRoutes}). */
    public record Connectors(ConnectorCallbacks callbacks, DeliveryAdmin deliveries, OutboxStore outbox) {}

    /** The supervisor's dashboard ({@link DashboardRoutes}). */
    public record Dashboard(DashboardStore dashboards, Supplier<ProcessCatalog> processes) {}

    /** The message catalogue for the browser clients, with the departments' names ({@link MessageRoutes}). */
    public record Messages(Supplier<DepartmentRegistry> departments) {}

    /** Staff corrections of bot answers turned into FAQ drafts ({@link FeedbackRoutes}). */
    public record Feedback(
            FeedbackStore feedback,
            ConversationService conversations,
            KnowledgeBase knowledge,
            Path knowledgeBase,
            AuditLog audit) {}

    /** Export and erasure of an enterprise's data, and the retention run on demand ({@link PrivacyRoutes}). */
    public record Privacy(
            PersonalDataStore personalData,
            ConversationService conversations,
            AuditLog audit,
            Supplier<Future<PersonalDataStore.Erasure>> retention) {}
}
