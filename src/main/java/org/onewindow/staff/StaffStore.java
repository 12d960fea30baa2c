package org.onewindow.staff;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Durable storage of staff accounts, login sessions and login throttles. Futures complete once a
 * change is committed. Implementations run their I/O off the event loop.
 */
public interface StaffStore {

    Future<Optional<StaffAccount>> findAccount(String username);

    /** Every account, by username. */
    Future<List<StaffAccount>> listAccounts();

    Future<Long> countAccounts();

    /** Stores a new account; {@code false} (and nothing changed) when the username is taken. */
    Future<Boolean> createAccount(StaffAccount account);

    /** Deletes an account and its sessions; {@code false} when there is no such account. */
    Future<Boolean> deleteAccount(String username);

    /** Replaces an account's password hash; {@code false} when there is no such account. */
    Future<Boolean> updatePasswordHash(String username, String passwordHash);

    /**
     * Makes the accounts of {@code staff.yaml} what the file says: creates or updates each one
     * (as {@link StaffAccount.Source#FILE}) and deletes the file accounts no longer listed, with
     * their sessions. Accounts created otherwise are left alone unless the file names them.
     * Returns the usernames deleted.
     */
    Future<List<String>> syncFileAccounts(List<StaffAccount> accounts);

    /** The throttle under {@code key} (see {@link LoginAttempt}); {@link LoginThrottle#NONE} when it has none. */
    Future<LoginThrottle> throttle(String key);

    /** Atomically replaces the throttle under {@code key} by {@code change} of it; returns the new one. */
    Future<LoginThrottle> updateThrottle(String key, UnaryOperator<LoginThrottle> change);

    Future<Void> clearThrottle(String key);

    Future<Void> createSession(StaffSession session);

    /** The session whose token hashes to {@code tokenHash}, with its account. */
    Future<Optional<SessionLookup>> findSession(String tokenHash);

    /** Records that session {@code id} was used at {@code at}. */
    Future<Void> touchSession(String id, Instant at);

    Future<Void> deleteSession(String id);

    /** Ends every session of {@code username}; returns how many. */
    Future<Integer> deleteSessionsOf(String username);

    /**
     * Deletes sessions past their absolute end ({@code now}) or unused since {@code idleBefore},
     * and throttles neither locked nor failed since {@code throttleBefore}. Returns rows deleted.
     */
    Future<Integer> purge(Instant now, Instant idleBefore, Instant throttleBefore);
}
