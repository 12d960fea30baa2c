package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle of a node's parts: started in order, stopped in reverse, one rollback for a failed start. */
final class ModulesTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void start_thenStop_startsInOrderAndStopsInReverse() {
        Modules modules = new Modules(List.of(part("store"), part("knowledge"), part("http")));

        assertThat(modules.start().succeeded()).isTrue();
        assertThat(modules.stop().succeeded()).isTrue();

        assertThat(log)
                .containsExactly(
                        "start store", "start knowledge", "start http", "stop http", "stop knowledge", "stop store");
    }

    @Test
    void start_partFails_stopsItAndThoseBeforeItAndFailsWithItsCause() {
        IllegalStateException broken = new IllegalStateException("processes/start-business.yaml: no steps");
        Modules modules = new Modules(List.of(part("store"), failing("processes", broken), part("http")));

        Future<Void> started = modules.start();

        assertThat(started.failed()).isTrue();
        assertThat(started.cause()).isSameAs(broken);
        assertThat(log).containsExactly("start store", "start processes", "stop processes", "stop store");
    }

    @Test
    void stop_partFailsToStop_stillStopsTheOthersAndReportsIt() {
        IllegalStateException stuck = new IllegalStateException("relay did not stop");
        Modules modules = new Modules(List.of(part("store"), stuckOnStop("connectors", stuck), part("http")));
        modules.start();

        Future<Void> stopped = modules.stop();

        assertThat(stopped.cause()).isSameAs(stuck);
        assertThat(log).endsWith("stop http", "stop connectors", "stop store");
    }

    private Module part(String name) {
        return new Part(name, null, null);
    }

    private Module failing(String name, RuntimeException onStart) {
        return new Part(name, onStart, null);
    }

    private Module stuckOnStop(String name, RuntimeException onStop) {
        return new Part(name, null, onStop);
    }

    private final class Part implements Module {
        private final String name;
        private final RuntimeException onStart;
        private final RuntimeException onStop;

        Part(String name, RuntimeException onStart, RuntimeException onStop) {
            this.name = name;
            this.onStart = onStart;
            this.onStop = onStop;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Future<Void> start() {
            log.add("start " + name);
            return onStart == null ? Future.succeededFuture() : Future.failedFuture(onStart);
        }

        @Override
        public Future<Void> stop() {
            log.add("stop " + name);
            if (onStop != null) {
                throw onStop;
            }
            return Future.succeededFuture();
        }
    }
}
