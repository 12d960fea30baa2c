package org.onewindow.staff;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up of the staff accounts: applies {@code staff.yaml} when there is one, then, when no
 * account exists at all, creates {@code admin} from {@code ONEWINDOW_ADMIN_PASSWORD} if set
 * (logging that it did, never the password) or logs how to create one.
 */
public final class StaffBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(StaffBootstrap.class);
    public static final String ADMIN_PASSWORD_ENV = "ONEWINDOW_ADMIN_PASSWORD";
    public static final String ADMIN_USERNAME = "admin";

    private StaffBootstrap() {}

    /**
     * Blocking parts (reading the file, hashing) run on the caller's thread: call it from
     * start-up, not from an event loop. {@code staffFile} may be null or missing.
     */
    public static Future<Void> run(
            StaffStore store,
            AuditLog audit,
            PasswordHasher hasher,
            Path staffFile,
            String adminPassword,
            Clock clock) {
        Instant now = clock.instant();
        Future<Void> fromFile = Future.succeededFuture();
        if (staffFile != null && Files.isRegularFile(staffFile)) {
            List<StaffAccount> accounts;
            try {
                accounts = StaffFile.read(staffFile, hasher, now);
            } catch (IllegalArgumentException e) {
                return Future.failedFuture(e);
            }
            fromFile = store.syncFileAccounts(accounts).compose(removed -> {
                LOG.info(
                        "staff: {} account(s) from {}{}",
                        accounts.size(),
                        staffFile,
                        removed.isEmpty() ? "" : "; removed " + removed + " (no longer in the file)");
                return audit.record(AuditEntry.of(
                        now,
                        "system",
                        "staff.accounts_synced",
                        null,
                        staffFile.toString(),
                        new JsonObject().put("accounts", accounts.size()).put("removed", removed)));
            });
        }
        return fromFile.compose(v -> store.countAccounts()).compose(count -> {
            if (count > 0) {
                return Future.succeededFuture();
            }
            if (adminPassword == null || adminPassword.isEmpty()) {
                LOG.info(
                        "staff: no staff accounts yet; set {} before start-up to create '{}', or run"
                                + " 'java -jar target/onewindow.jar staff add --username NAME --role admin'",
                        ADMIN_PASSWORD_ENV,
                        ADMIN_USERNAME);
                return Future.succeededFuture();
            }
            String problem = StaffCommand.passwordProblem(adminPassword);
            if (problem != null) {
                return Future.failedFuture(new IllegalArgumentException(ADMIN_PASSWORD_ENV + ": " + problem));
            }
            StaffAccount admin = new StaffAccount(
                    ADMIN_USERNAME,
                    hasher.hash(adminPassword),
                    Role.ADMIN,
                    List.of(),
                    StaffAccount.Source.BOOTSTRAP,
                    now);
            return store.createAccount(admin)
                    .compose(created -> audit.record(AuditEntry.of(
                            now,
                            "system",
                            "staff.account_created",
                            null,
                            "staff:" + ADMIN_USERNAME,
                            new JsonObject().put("role", "admin").put("via", ADMIN_PASSWORD_ENV))))
                    .onSuccess(x -> LOG.info(
                            "staff: created the account '{}' (role admin) from {}",
                            ADMIN_USERNAME,
                            ADMIN_PASSWORD_ENV));
        });
    }
}
