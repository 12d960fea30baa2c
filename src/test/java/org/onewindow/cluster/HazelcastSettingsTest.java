package org.onewindow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.config.AppConfig;
import org.onewindow.config.ConfigException;
import org.onewindow.config.ConfigLoader;

final class HazelcastSettingsTest {

    @Test
    void clusterFlags_giveTcpIpJoinOnTheGivenAddress_withoutMulticast() {
        AppConfig config = ConfigLoader.load(
                List.of(
                        "--cluster",
                        "true",
                        "--cluster-host",
                        "10.0.0.5",
                        "--cluster-port",
                        "5801",
                        "--cluster-members",
                        "10.0.0.6:5801, 10.0.0.7:5801"),
                Map.of());

        Config hazelcast = HazelcastSettings.of(config.cluster());

        JoinConfig join = hazelcast.getNetworkConfig().getJoin();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(join.getTcpIpConfig().getMembers()).containsExactly("10.0.0.6:5801", "10.0.0.7:5801");
        assertThat(hazelcast.getNetworkConfig().getPort()).isEqualTo(5801);
        assertThat(hazelcast.getNetworkConfig().isPortAutoIncrement()).isFalse();
        assertThat(hazelcast.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.0.0.5");
        // Vert.x's own structures from its default-cluster.xml are kept.
        assertThat(hazelcast.getMultiMapConfigs()).containsKey("__vertx.subs");
    }

    @Test
    void clusterSettings_fromTheEnvironment_andFilesDirDefaultsUnderDataDir() {
        AppConfig config = ConfigLoader.load(
                List.of("--data-dir", "/srv/ow"),
                Map.of(
                        "ONEWINDOW_CLUSTER",
                        "true",
                        "ONEWINDOW_CLUSTER_HOST",
                        "node1.internal",
                        "ONEWINDOW_CLUSTER_MEMBERS",
                        "node2.internal:5701"));

        assertThat(config.cluster())
                .isEqualTo(new AppConfig.Cluster(true, "node1.internal", 5701, List.of("node2.internal:5701")));
        assertThat(config.filesDir()).isEqualTo(Path.of("/srv/ow/files"));
        assertThat(ConfigLoader.load(List.of("--files-dir", "/mnt/shared/files"), Map.of())
                        .filesDir())
                .isEqualTo(Path.of("/mnt/shared/files"));
        assertThat(ConfigLoader.load(List.of(), Map.of()).cluster().enabled()).isFalse();
    }

    @Test
    void badClusterSettings_areRefusedNamingTheKey() {
        assertThatThrownBy(() -> ConfigLoader.load(List.of("--cluster", "yes"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cluster:");
        assertThatThrownBy(() -> ConfigLoader.load(List.of("--cluster", "true"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cluster-host:");
        assertThatThrownBy(() -> ConfigLoader.load(List.of("--cluster-members", "node2"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cluster-members:");
    }
}
