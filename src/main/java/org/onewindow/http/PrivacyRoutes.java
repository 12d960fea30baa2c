package org.onewindow.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.onewindow.conversation.ConversationService;
import org.onewindow.privacy.PersonalDataStore;
import org.onewindow.shared.ApiException;
import org.onewindow.staff.AuditEntry;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.StaffPrincipal;

/** An admin's export and erasure of everything stored about an enterprise. Behind the admin guard; audited. */
final class PrivacyRoutes {

    private final PersonalDataStore personalData;
    private final ConversationService conversations;
    private final AuditLog audit;
    private final Clock clock;
    private final java.util.function.Supplier<io.vertx.core.Future<PersonalDataStore.Erasure>> retention;

    PrivacyRoutes(
            PersonalDataStore personalData,
            ConversationService conversations,
            AuditLog audit,
            Clock clock,
            java.util.function.Supplier<io.vertx.core.Future<PersonalDataStore.Erasure>> retention) {
        this.retention = retention;
        this.personalData = personalData;
        this.conversations = conversations;
        this.audit = audit;
        this.clock = clock;
    }

    void mount(Router router) {
        router.get("/api/v1/admin/enterprises/:uscc/export").handler(this::handleExport);
        router.delete("/api/v1/admin/enterprises/:uscc").handler(this::handleErase);
        router.post("/api/v1/admin/retention/run").handler(this::handleRetention);
    }

    /** Applies the retention period now (it also runs every hour). */
    private void handleRetention(RoutingContext ctx) {
        StaffPrincipal admin = StaffGuard.principal(ctx);
        retention
                .get()
                .onSuccess(erasure -> erasure.conversationIds().forEach(conversations::evict))
                .compose(erasure -> audit.record(AuditEntry.by(
                                admin,
                                clock.instant(),
                                "retention.applied",
                                null,
                                null,
                                new io.vertx.core.json.JsonObject().put("deleted", erasure.deleted())))
                        .map(v -> erasure))
                .onSuccess(erasure -> Requests.sendJson(ctx, 200, java.util.Map.of("deleted", erasure.deleted())))
                .onFailure(ctx::fail);
    }

    private void handleExport(RoutingContext ctx) {
        StaffPrincipal admin = StaffGuard.principal(ctx);
        String uscc = uscc(ctx);
        personalData
                .export(uscc)
                .compose(data -> audit.record(
                                AuditEntry.by(admin, clock.instant(), "enterprise.exported", null, uscc, null))
                        .map(v -> data))
                .onSuccess(data -> {
                    ctx.response()
                            .putHeader("Content-Disposition", "attachment; filename=\"onewindow-" + uscc + ".json\"");
                    Requests.sendJson(ctx, 200, data);
                })
                .onFailure(ctx::fail);
    }

    private void handleErase(RoutingContext ctx) {
        StaffPrincipal admin = StaffGuard.principal(ctx);
        String uscc = uscc(ctx);
        personalData
                .erase(uscc)
                .onSuccess(erasure -> erasure.conversationIds().forEach(conversations::evict))
                .compose(erasure -> audit.record(AuditEntry.by(
                                admin,
                                clock.instant(),
                                "enterprise.erased",
                                null,
                                uscc,
                                new io.vertx.core.json.JsonObject().put("deleted", erasure.deleted())))
                        .map(v -> erasure))
                .onSuccess(erasure -> Requests.sendJson(ctx, 200, java.util.Map.of("deleted", erasure.deleted())))
                .onFailure(ctx::fail);
    }

    private static String uscc(RoutingContext ctx) {
        String uscc = ctx.pathParam("uscc");
        if (uscc == null || !uscc.matches("[0-9A-Z]{18}")) {
            throw ApiException.badRequest("invalid_uscc", "uscc must be an 18-character unified social credit code.");
        }
        return uscc;
    }
}
