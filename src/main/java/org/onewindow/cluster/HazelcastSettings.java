package org.onewindow.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import java.util.Map;
import org.onewindow.config.AppConfig;

/**
 * The Hazelcast configuration of a node: Vert.x's own maps (from {@code default-cluster.xml}),
 * bound to {@code cluster-host:cluster-port}, joining the listed members over TCP/IP. Multicast
 * and cloud auto-detection are off: nodes find each other only where they were told to.
 */
public final class HazelcastSettings {

    /** Hazelcast's failure detection, overridable with {@code -Dhazelcast.…} (tests shorten it). */
    static final Map<String, String> DEFAULT_PROPERTIES = Map.of(
            "hazelcast.heartbeat.interval.seconds", "5",
            "hazelcast.max.no.heartbeat.seconds", "30",
            "hazelcast.wait.seconds.before.join", "1",
            "hazelcast.max.wait.seconds.before.join", "5");

    private HazelcastSettings() {}

    public static Config of(AppConfig.Cluster cluster) {
        Config config = ConfigUtil.loadConfig();
        config.setClusterName("onewindow");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // Vert.x leaves the cluster in its own close(); Hazelcast's hook would race it.
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        DEFAULT_PROPERTIES.forEach((key, value) -> config.setProperty(key, System.getProperty(key, value)));
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(false);
        network.setPublicAddress(cluster.host() + ":" + cluster.port());
        if (isIpLiteral(cluster.host())) {
            config.setProperty("hazelcast.socket.bind.any", "false");
            network.getInterfaces().setEnabled(true).addInterface(cluster.host());
        }
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(cluster.members());
        return config;
    }

    private static boolean isIpLiteral(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":");
    }
}
