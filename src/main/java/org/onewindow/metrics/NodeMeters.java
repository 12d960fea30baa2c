package org.onewindow.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.stream.Stream;

/** A node's Prometheus registry: the JVM's and the process's series, and the buckets of Vert.x's HTTP timings. */
public final class NodeMeters {

    private NodeMeters() {}

    /** A registry with the JVM's and the process's series bound and the HTTP response-time buckets set. */
    public static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        configure(registry);
        bindJvm(registry);
        return registry;
    }

    /**
     * HTTP response times get a few fixed buckets (per route, method and status: a full histogram
     * would be ~70 series each), so dashboards can draw quantiles. Two series of Micrometer's binders
     * whose names Prometheus' lint refuses are left out; process_cpu_usage and the CPU gauges say the same.
     */
    private static void configure(MeterRegistry registry) {
        registry.config()
                .meterFilter(MeterFilter.deny(id ->
                        id.getName().equals("process.cpu.time") || id.getName().equals("system.cpu.count")));
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("vertx.http.server.response.time")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(Stream.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
                                .mapToDouble(seconds -> seconds * 1e9)
                                .toArray())
                        .build()
                        .merge(config);
            }
        });
    }

    /** The JVM's and the process's own series: memory, collections, threads, classes, CPU, uptime, files. */
    private static void bindJvm(MeterRegistry registry) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        // Registered for the node's lifetime; a test JVM starts few nodes.
        new JvmGcMetrics().bindTo(registry);
    }
}
