package org.onewindow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.connector.DeliveryObserver;
import org.onewindow.connector.DeliveryState;
import org.onewindow.conversation.TurnKind;
import org.onewindow.handoff.HandoffItem;

final class ServiceMetricsTest {
    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ServiceMetrics metrics = new ServiceMetrics(registry);

    private double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    private static HandoffItem handoff(String status, Instant requestedAt) {
        return new HandoffItem(
                "h-" + requestedAt, "c", "tax", status, "asked", requestedAt, null, null, null, null, null);
    }

    @Test
    void turns_areCountedByOutcome_andEveryOutcomeStartsAtZero() {
        metrics.turns().turnDecided(TurnKind.FALLBACK);
        metrics.turns().turnDecided(TurnKind.FALLBACK);

        assertThat(counter("onewindow.turns", "outcome", "fallback")).isEqualTo(2);
        assertThat(counter("onewindow.turns", "outcome", "answered")).isZero();
    }

    @Test
    void deliveryAttempts_countResultsFailuresAndDeadLettersPerConnector() {
        DeliveryObserver observer = metrics.deliveries(List.of("tax", "market-regulation"));

        observer.attempted("tax", DeliveryState.PENDING);
        observer.attempted("tax", DeliveryState.DEAD);
        observer.attempted("tax", DeliveryState.DELIVERED);

        assertThat(counter("onewindow.delivery.attempts", "connector", "tax", "result", "pending"))
                .isEqualTo(1);
        assertThat(counter("onewindow.delivery.failures", "connector", "tax")).isEqualTo(2);
        assertThat(counter("onewindow.delivery.dead.letters", "connector", "tax"))
                .isEqualTo(1);
        assertThat(counter("onewindow.delivery.attempts", "connector", "market-regulation", "result", "delivered"))
                .isZero();
    }

    @Test
    void queue_countsOnlyQueuedHandoffs_andTheOldestWaitInSeconds() {
        metrics.queued(
                List.of(
                        handoff("queued", NOW.minusSeconds(300)),
                        handoff("queued", NOW.minusSeconds(60)),
                        handoff("active", NOW.minusSeconds(3_600))),
                NOW);

        assertThat(gauge("onewindow.handoffs.waiting")).isEqualTo(2);
        assertThat(gauge("onewindow.handoff.oldest.wait")).isEqualTo(300);
    }

    @Test
    void outbox_showsEveryConfiguredConnector_atZeroWhenItHasNoRows() {
        metrics.outbox(
                List.of("tax", "market-regulation"),
                Map.of("tax", Map.of(DeliveryState.PENDING, 4L, DeliveryState.DEAD, 1L, DeliveryState.DELIVERED, 9L)));

        assertThat(gauge("onewindow.outbox.backlog", "connector", "tax")).isEqualTo(4);
        assertThat(gauge("onewindow.outbox.dead.letters", "connector", "tax")).isEqualTo(1);
        assertThat(gauge("onewindow.outbox.backlog", "connector", "market-regulation"))
                .isZero();
    }

    @Test
    void reloads_areCountedByFolderAndResult() {
        metrics.reloaded("processes", false);

        assertThat(counter("onewindow.knowledge.reloads", "what", "processes", "result", "failed"))
                .isEqualTo(1);
        assertThat(counter("onewindow.knowledge.reloads", "what", "documents", "result", "applied"))
                .isZero();
    }
}
