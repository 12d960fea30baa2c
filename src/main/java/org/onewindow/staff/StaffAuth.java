package org.onewindow.staff;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff login, sessions and logout. A login checks the password with the slow hash on a small
 * worker pool (also for unknown usernames, against a dummy hash, so that neither the answer nor
 * its timing says which names exist), counts failures per client address and per username from
 * that address ({@link LoginAttempt}) and refuses a locked one with {@link LoginLockedException}.
 * A session is a 256-bit bearer token, new at every login, stored hashed, ending after the
 * policy's idle or absolute timeout as read from the injected clock.
 */
public final class StaffAuth implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StaffAuth.class);
    /** Longer passwords are refused outright: hashing megabytes is a denial of service. */
    public static final int MAX_PASSWORD_LENGTH = 1024;

    private static final int MAX_TOKEN_LENGTH = 256;
    private static final Duration THROTTLE_MEMORY = Duration.ofDays(1);
    /** Logins waiting for a hashing thread beyond this many per thread are refused with 503 at once. */
    public static final int PENDING_HASHES_PER_THREAD = 16;

    private final StaffStore store;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final StaffAuthPolicy policy;
    private final Clock clock;
    private final WorkerExecutor hashing;
    private final String dummyHash;
    private final AtomicInteger pendingHashes = new AtomicInteger();
    private final int maxPendingHashes;

    /**
     * Blocking (hashes the dummy password once). {@code hashingThreads} bounds how many slow
     * hashes run at once, so that a burst of logins cannot take every core; at most
     * {@link #PENDING_HASHES_PER_THREAD} per thread wait, further ones get 503 at once.
     */
    public StaffAuth(
            Vertx vertx,
            StaffStore store,
            AuditLog audit,
            PasswordHasher hasher,
            StaffAuthPolicy policy,
            Clock clock,
            int hashingThreads) {
        this.store = store;
        this.audit = audit;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
        this.hashing = vertx.createSharedWorkerExecutor("onewindow-password-hashing", Math.max(1, hashingThreads));
        this.maxPendingHashes = PENDING_HASHES_PER_THREAD * Math.max(1, hashingThreads);
        this.dummyHash = hasher.hash(SessionTokens.newToken());
    }

    public StaffAuthPolicy policy() {
        return policy;
    }

    /**
     * Logs in from {@code clientAddress}: a new session for the right password; a failed future with
     * a 401 {@link ApiException} (the same for an unknown username and a wrong password) or a
     * {@link LoginLockedException} when that address, or that username from it, failed too often.
     */
    public Future<StaffLogin> login(String typedUsername, String password, String clientAddress) {
        String username = StaffAccount.normalizeUsername(typedUsername);
        if (password == null || password.isEmpty() || username.isEmpty()) {
            return Future.failedFuture(
                    ApiException.badRequest("credentials_required", "Both username and password are required."));
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Future.failedFuture(ApiException.badRequest(
                    "password_too_long", "A password has at most " + MAX_PASSWORD_LENGTH + " characters."));
        }
        boolean wellFormed = StaffAccount.isValidUsername(username);
        LoginAttempt attempt = new LoginAttempt(wellFormed ? username : "", clientAddress);
        return allowed(attempt).compose(v -> {
            Future<Optional<StaffAccount>> account =
                    wellFormed ? store.findAccount(username) : Future.succeededFuture(Optional.empty());
            return account.compose(found -> verify(
                            password, found.map(StaffAccount::passwordHash).orElse(dummyHash))
                    .compose(ok -> ok && found.isPresent()
                            // Guesses sent all at once passed the first check together; their failures may have
                            // locked the pair since.
                            ? allowed(attempt).compose(still -> succeeded(found.get(), password, attempt))
                            : failed(attempt, wellFormed, found.isPresent())));
        });
    }

    /** Fails with {@link LoginLockedException} while the attempt's address, or its username from there, is locked. */
    private Future<Void> allowed(LoginAttempt attempt) {
        Future<LoginThrottle> byAccount = attempt.username().isEmpty()
                ? Future.succeededFuture(LoginThrottle.NONE)
                : store.throttle(attempt.accountKey());
        return store.throttle(attempt.addressKey())
                .compose(byAddress -> byAccount.compose(pair -> {
                    Instant now = now();
                    if (byAddress.isLocked(now)) {
                        return Future.failedFuture(new LoginLockedException(byAddress.lockedFor(now), true));
                    }
                    return pair.isLocked(now)
                            ? Future.failedFuture(new LoginLockedException(pair.lockedFor(now), false))
                            : Future.succeededFuture();
                }));
    }

    private Future<Boolean> verify(String password, String hash) {
        if (pendingHashes.incrementAndGet() > maxPendingHashes) {
            pendingHashes.decrementAndGet();
            return Future.failedFuture(new ApiException(
                    503, "login_busy", "Too many logins are being checked at once; try again in a moment."));
        }
        return hashing.executeBlocking(() -> hasher.matches(password, hash), false)
                .andThen(done -> pendingHashes.decrementAndGet());
    }

    private Future<StaffLogin> succeeded(StaffAccount account, String password, LoginAttempt attempt) {
        // The username's count from this address starts again; the address's own count does not, or one known
        // password would reset the guessing of all the others.
        Future<Void> rehashed = store.clearThrottle(attempt.accountKey()).compose(v -> rehashIfWeak(account, password));
        Instant now = now();
        String token = SessionTokens.newToken();
        StaffSession session = new StaffSession(
                SessionTokens.newSessionId(),
                SessionTokens.hash(token),
                account.username(),
                now,
                now,
                now.plus(policy.absoluteTimeout()));
        StaffPrincipal principal = new StaffPrincipal(
                account.username(), account.role(), account.departments(), session.id(), expiry(session, now));
        return rehashed.compose(v -> store.createSession(session))
                .compose(v -> audit.record(AuditEntry.by(
                        principal, now, "staff.login", null, null, new JsonObject().put("address", attempt.address()))))
                .map(v -> {
                    LOG.info("staff {} logged in (session {})", account.username(), session.id());
                    return new StaffLogin(token, principal.expiresAt(), principal);
                });
    }

    private Future<Void> rehashIfWeak(StaffAccount account, String password) {
        if (!hasher.needsRehash(account.passwordHash())) {
            return Future.succeededFuture();
        }
        return hashing.executeBlocking(() -> hasher.hash(password), false)
                .compose(hash -> store.updatePasswordHash(account.username(), hash))
                .onSuccess(v -> LOG.info("staff {}: password hash upgraded to the current cost", account.username()))
                .mapEmpty();
    }

    private <T> Future<T> failed(LoginAttempt attempt, boolean wellFormed, boolean exists) {
        ApiException wrong = new ApiException(401, "invalid_credentials", "The username or password is wrong.");
        return countFailure(attempt, wellFormed, exists).compose(v -> Future.<T>failedFuture(wrong));
    }

    /**
     * Counts a failure under the address and, for a well-formed username, under the username from that address; logs
     * it and, for an account that exists or a lockout of the address, writes it to the audit log admins read.
     */
    private Future<Void> countFailure(LoginAttempt attempt, boolean wellFormed, boolean exists) {
        Future<LoginThrottle> pair = wellFormed
                ? store.updateThrottle(attempt.accountKey(), t -> t.afterFailure(now(), policy.maxFailures(), policy))
                : Future.succeededFuture(LoginThrottle.NONE);
        return pair.compose(byAccount -> store.updateThrottle(
                        attempt.addressKey(), t -> t.afterFailure(now(), policy.maxFailuresPerAddress(), policy))
                .map(byAddress -> {
                    Instant now = now();
                    boolean pairLocked = byAccount.isLocked(now) && byAccount.failures() == 0;
                    boolean addressLocked = byAddress.isLocked(now) && byAddress.failures() == 0;
                    if (!exists) {
                        // An unknown name is not written to the audit log: people type passwords into the wrong field.
                        LOG.info(
                                "staff login failed for an unknown username from {}{}",
                                attempt.address(),
                                pairLocked ? "; that name is now refused from there" : "");
                    } else {
                        LOG.info(
                                "staff login failed for {} from {}{}",
                                attempt.username(),
                                attempt.address(),
                                pairLocked ? "; refused from there until " + byAccount.lockedUntil() : "");
                    }
                    if (addressLocked) {
                        LOG.warn(
                                "staff logins from {} refused until {} after {} failures",
                                attempt.address(),
                                byAddress.lockedUntil(),
                                policy.maxFailuresPerAddress());
                    }
                    // Not awaited: the answer must take as long for a known name as for an unknown one.
                    auditFailure(attempt, exists, byAccount, pairLocked, byAddress, addressLocked);
                    return null;
                }));
    }

    private void auditFailure(
            LoginAttempt attempt,
            boolean exists,
            LoginThrottle byAccount,
            boolean pairLocked,
            LoginThrottle byAddress,
            boolean addressLocked) {
        Instant now = now();
        List<Future<Void>> entries = new java.util.ArrayList<>();
        if (exists) {
            entries.add(audit.record(AuditEntry.of(
                    now,
                    attempt.username(),
                    "staff.login_failed",
                    null,
                    null,
                    new JsonObject()
                            .put("address", attempt.address())
                            .put("failures", pairLocked ? policy.maxFailures() : byAccount.failures()))));
            if (pairLocked) {
                entries.add(audit.record(AuditEntry.of(
                        now,
                        attempt.username(),
                        "staff.login_locked",
                        null,
                        null,
                        new JsonObject()
                                .put("address", attempt.address())
                                .put("until", byAccount.lockedUntil().toString())
                                .put("lockouts", byAccount.lockouts()))));
            }
        }
        if (addressLocked) {
            entries.add(audit.record(AuditEntry.of(
                    now,
                    "address " + attempt.address(),
                    "staff.login_address_locked",
                    null,
                    null,
                    new JsonObject()
                            .put("address", attempt.address())
                            .put("until", byAddress.lockedUntil().toString())
                            .put("lockouts", byAddress.lockouts()))));
        }
        Future.all(entries)
                .onFailure(
                        e -> LOG.error("could not audit a failed login from {}: {}", attempt.address(), e.toString()));
    }

    /** The staff member behind {@code token}; fails with a 401 {@link ApiException} when unknown or expired. */
    public Future<StaffPrincipal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Future.failedFuture(loginRequired());
        }
        return store.findSession(SessionTokens.hash(token.trim())).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new ApiException(
                        401,
                        "session_invalid",
                        "This staff session is not valid (logged out or never issued); log in again."));
            }
            StaffSession session = found.get().session();
            StaffAccount account = found.get().account();
            Instant now = now();
            if (!now.isBefore(end(session))) {
                store.deleteSession(session.id())
                        .onFailure(e ->
                                LOG.warn("could not delete expired staff session {}: {}", session.id(), e.toString()));
                return Future.failedFuture(
                        new ApiException(401, "session_expired", "This staff session has expired; log in again."));
            }
            if (Duration.between(session.lastSeenAt(), now).compareTo(policy.touchInterval()) >= 0) {
                store.touchSession(session.id(), now)
                        .onFailure(e -> LOG.warn(
                                "could not record the use of staff session {}: {}", session.id(), e.toString()));
            }
            return Future.succeededFuture(new StaffPrincipal(
                    account.username(), account.role(), account.departments(), session.id(), expiry(session, now)));
        });
    }

    /**
     * Changes the principal's own password after checking the current one (a wrong one counts
     * towards the lockout like a failed login, and fails with 403 {@code invalid_current_password});
     * then ends all the account's sessions, this one included. Returns how many were ended.
     */
    public Future<Integer> changePassword(
            StaffPrincipal principal, String currentPassword, String newPassword, String clientAddress) {
        if (currentPassword == null || currentPassword.isEmpty() || currentPassword.length() > MAX_PASSWORD_LENGTH) {
            return Future.failedFuture(ApiException.badRequest(
                    "currentPassword_required",
                    "currentPassword is required (at most " + MAX_PASSWORD_LENGTH + " characters)."));
        }
        String problem = StaffCommand.passwordProblem(newPassword);
        if (problem != null) {
            return Future.failedFuture(ApiException.badRequest("weak_password", "newPassword: " + problem + "."));
        }
        String username = principal.username();
        LoginAttempt attempt = new LoginAttempt(username, clientAddress);
        return allowed(attempt)
                .compose(v -> store.findAccount(username))
                .compose(found -> {
                    if (found.isEmpty()) {
                        return Future.failedFuture(loginRequired());
                    }
                    return verify(currentPassword, found.get().passwordHash());
                })
                .compose(ok -> {
                    if (!ok) {
                        return countFailure(attempt, true, true)
                                .compose(counted -> Future.failedFuture(new ApiException(
                                        403, "invalid_current_password", "The current password is wrong.")));
                    }
                    return hashing.executeBlocking(() -> hasher.hash(newPassword), false)
                            .compose(hash -> store.updatePasswordHash(username, hash))
                            .compose(updated -> store.deleteSessionsOf(username))
                            .compose(ended -> audit.record(AuditEntry.by(
                                            principal,
                                            now(),
                                            "staff.password_changed",
                                            null,
                                            "staff:" + username,
                                            new JsonObject().put("sessionsEnded", ended)))
                                    .map(v -> {
                                        LOG.info(
                                                "staff {} changed their password; {} session(s) ended",
                                                username,
                                                ended);
                                        return ended;
                                    }));
                });
    }

    /** Ends the principal's session (its token stops working at once) and audits it. */
    public Future<Void> logout(StaffPrincipal principal) {
        return store.deleteSession(principal.sessionId())
                .compose(v -> audit.record(AuditEntry.by(principal, now(), "staff.logout", null, null, null)))
                .onSuccess(
                        v -> LOG.info("staff {} logged out (session {})", principal.username(), principal.sessionId()));
    }

    /** Deletes ended sessions and throttles quiet for a day; for a periodic timer. */
    public Future<Integer> purgeExpired() {
        Instant now = now();
        return store.purge(now, now.minus(policy.idleTimeout()), now.minus(THROTTLE_MEMORY));
    }

    /** The 401 for a request to a staff route without a bearer token. */
    public static ApiException loginRequired() {
        return new ApiException(
                401,
                "staff_login_required",
                "A staff login is required (Authorization: Bearer <token> from POST /api/v1/staff/login).");
    }

    /** The clock's time in the store's precision (milliseconds). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Instant end(StaffSession session) {
        Instant idleEnd = session.lastSeenAt().plus(policy.idleTimeout());
        return idleEnd.isBefore(session.absoluteExpiry()) ? idleEnd : session.absoluteExpiry();
    }

    /** When the session ends if it is used at {@code now} and then not again. */
    private Instant expiry(StaffSession session, Instant now) {
        Instant idleEnd = now.plus(policy.idleTimeout());
        return idleEnd.isBefore(session.absoluteExpiry()) ? idleEnd : session.absoluteExpiry();
    }

    /** Closes the password-hashing pool (shared by name: its threads end with its last user); logins fail after it. */
    @Override
    public void close() {
        hashing.close();
    }
}
