package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.Map;
import org.onewindow.config.AppConfig;
import org.onewindow.http.HttpApi;
import org.onewindow.staff.PasswordHasher;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffAuthPolicy;
import org.onewindow.staff.StaffBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff accounts (synced from the staff file, or a first admin from the environment), their logins
 * and sessions, with ended sessions purged every ten minutes. Stopping closes the logins' hashing pool.
 */
final class StaffModule implements Module {

    private static final Logger LOG = LoggerFactory.getLogger(StaffModule.class);
    private static final long PURGE_EVERY_MS = 10 * 60 * 1000;

    private final Vertx vertx;
    private final AppConfig config;
    private final Map<String, String> env;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final StoreModule store;
    private StaffAuth auth;
    private long purgeTimer = -1;

    StaffModule(
            Vertx vertx,
            AppConfig config,
            Map<String, String> env,
            Clock clock,
            PasswordHasher hasher,
            StoreModule store) {
        this.vertx = vertx;
        this.config = config;
        this.env = env;
        this.clock = clock;
        this.hasher = hasher;
        this.store = store;
    }

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public Future<Void> start() {
        // The bootstrap reads the staff file and hashes on the caller's thread: a worker's.
        return vertx.executeBlocking(() -> StaffBootstrap.run(
                        store.staff(),
                        store.audit(),
                        hasher,
                        config.staffFile(),
                        env.get(StaffBootstrap.ADMIN_PASSWORD_ENV),
                        clock))
                .compose(bootstrapped -> bootstrapped)
                .map(v -> {
                    auth = new StaffAuth(
                            vertx, store.staff(), store.audit(), hasher, StaffAuthPolicy.defaults(), clock, 2);
                    purgeTimer = vertx.setPeriodic(
                            PURGE_EVERY_MS,
                            id -> auth.purgeExpired()
                                    .onFailure(
                                            e -> LOG.warn("could not purge ended staff sessions: {}", e.toString())));
                    return null;
                });
    }

    @Override
    public Future<Void> stop() {
        if (purgeTimer >= 0) {
            vertx.cancelTimer(purgeTimer);
            purgeTimer = -1;
        }
        if (auth != null) {
            auth.close(); // the password-hashing pool it opened
        }
        return Future.succeededFuture();
    }

    HttpApi.Staff api() {
        return new HttpApi.Staff(auth, store.staff(), store.audit());
    }
}
