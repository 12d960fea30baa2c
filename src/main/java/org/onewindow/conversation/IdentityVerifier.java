package org.onewindow.conversation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Enterprise;

/**
 * Checks an identity signed by the host portal: {@code sig} is the hex HMAC-SHA256 of
 * {@code uscc + "." + ts} under the widget identity secret, and {@code ts} (Unix seconds) is
 * within five minutes of now. Only such an identity makes a conversation verified.
 */
public final class IdentityVerifier {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    public IdentityVerifier(String secret, Clock clock) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** The verified enterprise, or 401 when the signature, the timestamp or the set-up is wrong. */
    public Enterprise verify(String uscc, String name, long ts, String sig) {
        if (secret.length == 0) {
            throw new ApiException(
                    401,
                    "identity_not_accepted",
                    "This service has no identity secret configured, so signed identities cannot be verified.");
        }
        if (uscc == null || uscc.isBlank() || sig == null) {
            throw new ApiException(401, "identity_invalid", "identity needs uscc, ts and sig.");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - ts) > TOLERANCE.toSeconds()) {
            throw new ApiException(401, "identity_expired", "identity.ts is more than 5 minutes away from now.");
        }
        byte[] expected = sign(uscc + "." + ts);
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(sig.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(401, "identity_invalid", "identity.sig must be a hex HMAC-SHA256.");
        }
        if (!MessageDigest.isEqual(expected, presented)) {
            throw new ApiException(401, "identity_invalid", "identity.sig does not match.");
        }
        return new Enterprise(name, uscc, true);
    }

    /** The signature a portal would compute (used by tests and the example in docs/channels.md). */
    public byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
