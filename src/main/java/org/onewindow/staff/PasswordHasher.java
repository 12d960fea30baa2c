package org.onewindow.staff;

/**
 * Slow, salted password hashing. Implementations are thread-safe and blocking (tens of
 * milliseconds by design): call them off the event loop.
 */
public interface PasswordHasher {

    /** A new salted hash of {@code password}, self-describing (algorithm, cost, salt). */
    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; false for a malformed hash. */
    boolean matches(String password, String hash);

    /** Whether {@code hash} was made with weaker parameters than this hasher's and should be redone. */
    boolean needsRehash(String hash);

    /** Whether {@code text} has the shape of a hash this hasher can check (not a plain password). */
    boolean isHash(String text);
}
