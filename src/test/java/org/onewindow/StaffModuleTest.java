package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.staff.StaffFixture.failure;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.config.AppConfig;
import org.onewindow.config.ConfigLoader;
import org.onewindow.shared.ApiException;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffFixture;

/** The staff part of a node: stopping it releases what its start opened. */
final class StaffModuleTest {

    @TempDir
    Path tmp;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        await(vertx.close());
    }

    @Test
    void stop_closesThePasswordHashingPool() throws Exception {
        AppConfig config = ConfigLoader.load(
                List.of(
                        "--data-dir",
                        tmp.toString(),
                        "--staff-file",
                        tmp.resolve("staff.yaml").toString()),
                Map.of());
        StoreModule store = new StoreModule(vertx, config);
        StaffModule staff =
                new StaffModule(vertx, config, Map.of(), Clock.systemUTC(), StaffFixture.CHEAP_HASHER, store);
        await(store.start());
        await(staff.start());
        StaffAuth auth = staff.api().auth();
        // Running, a login is checked on the hashing pool: an unknown name is a plain 401.
        assertThat(failure(auth.login("nobody", "some password", "192.0.2.1")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));

        await(staff.stop());

        assertThat(failure(auth.login("nobody", "some password", "192.0.2.1")))
                .as("no password can be hashed once the pool is closed")
                .isInstanceOf(RejectedExecutionException.class)
                // The pool may still be winding down when the next login comes (under load): either way
                // it takes no more work.
                .hasMessageMatching("(?s).*(?:Terminated|Shutting down).*");
        await(store.stop());
    }
}
