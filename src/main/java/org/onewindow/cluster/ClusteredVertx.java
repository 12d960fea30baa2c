package org.onewindow.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.onewindow.config.AppConfig;

/** Builds the {@code Vertx} of a node that joins the others: the clustered event bus on {@code cluster-host}. */
public final class ClusteredVertx {

    private ClusteredVertx() {}

    /** Joins the cluster; completes once this node is a member and its event bus listens. */
    public static Future<Vertx> build(VertxOptions options, VertxMetricsFactory metrics, AppConfig.Cluster cluster) {
        // The event bus has its own TCP server, on a free port of the cluster address.
        options.getEventBusOptions().setHost(cluster.host()).setPort(0);
        return Vertx.builder()
                .with(options)
                .withMetrics(metrics)
                .withClusterManager(new HazelcastClusterManager(HazelcastSettings.of(cluster)))
                .buildClustered();
    }
}
