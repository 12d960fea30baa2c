package org.onewindow.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.onewindow.insight.DashboardStore;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.shared.ApiException;

/**
 * The staff console's page and its supervisor dashboard: {@code /console}, the ECharts library from
 * its WebJar (served locally, no CDN) and the summary figures. The supervisor guard of
 * {@link StaffAuthRoutes} already stands in front of {@code /api/v1/staff/dashboards/…}.
 */
final class DashboardRoutes {

    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final int MAX_DAYS = 366;

    private final DashboardStore store;
    private final Supplier<ProcessCatalog> processes;
    private final Clock clock;

    DashboardRoutes(DashboardStore store, Supplier<ProcessCatalog> processes, Clock clock) {
        this.store = store;
        this.processes = processes;
        this.clock = clock;
    }

    void mount(Router router) {
        router.get("/console").handler(ctx -> ctx.reroute("/console/index.html"));
        router.get("/console/vendor/echarts.min.js").handler(this::handleEcharts);
        router.get(StaffAuthRoutes.DASHBOARDS + "/summary").handler(this::handleSummary);
    }

    private void handleSummary(RoutingContext ctx) {
        long days = Requests.longParam(ctx, "days", 30);
        if (days < 1 || days > MAX_DAYS) {
            throw ApiException.badRequest("invalid_days", "days must be from 1 to " + MAX_DAYS + ".");
        }
        Instant now = clock.instant();
        // The period starts at midnight (UTC+8) of the first of the `days` days, today included.
        LocalDate first = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate().minusDays(days - 1);
        Instant from = first.atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        Map<String, Integer> committed = new LinkedHashMap<>();
        for (ProcessDefinition p : processes.get().all()) {
            committed.put(p.id(), p.sla().maxWorkingDays());
        }
        store.summary(from, now.plus(Duration.ofMillis(1)), committed)
                .onSuccess(summary -> {
                    ctx.response().putHeader("Cache-Control", "no-store");
                    Requests.sendJson(ctx, 200, summary);
                })
                .onFailure(ctx::fail);
    }

    private void handleEcharts(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "application/javascript; charset=utf-8")
                .putHeader("Cache-Control", "public, max-age=86400")
                .sendFile(ECHARTS)
                .onFailure(e -> {
                    if (!ctx.response().ended()) {
                        ctx.fail(404);
                    }
                });
    }
}
