package org.onewindow.staff;

import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (RFC 9106) through Spring Security's encoder on BouncyCastle. Hashes look like
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, so old hashes keep verifying after the
 * cost is raised and are redone at the next login ({@link #needsRehash}).
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane. */
    public static final int PRODUCTION_MEMORY_KIB = 19 * 1024;

    public static final int PRODUCTION_ITERATIONS = 2;
    public static final int PRODUCTION_PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern SHAPE =
            Pattern.compile("\\$argon2id\\$v=19\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]+={0,2}\\$[A-Za-z0-9+/]+={0,2}");

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final Argon2PasswordEncoder encoder;

    /** A hasher with the given cost; tests use a low one, production {@link #production()}. */
    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException(
                    "Argon2 needs iterations >= 1, parallelism >= 1, memory >= 8 KiB per lane");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, parallelism, memoryKib, iterations);
    }

    public static Argon2PasswordHasher production() {
        return new Argon2PasswordHasher(PRODUCTION_MEMORY_KIB, PRODUCTION_ITERATIONS, PRODUCTION_PARALLELISM);
    }

    public int memoryKib() {
        return memoryKib;
    }

    public int iterations() {
        return iterations;
    }

    public int parallelism() {
        return parallelism;
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || !isHash(hash)) {
            return false;
        }
        return encoder.matches(password, hash);
    }

    @Override
    public boolean needsRehash(String hash) {
        return !isHash(hash) || encoder.upgradeEncoding(hash);
    }

    @Override
    public boolean isHash(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
