package org.onewindow.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">} with the secret {@code whsec_<base64>}. Signs outgoing deliveries and
 * verifies inbound callbacks (several space-separated signatures are allowed, for key rotation).
 */
public final class WebhookSigner {

    public static final String HEADER_ID = "webhook-id";
    public static final String HEADER_TIMESTAMP = "webhook-timestamp";
    public static final String HEADER_SIGNATURE = "webhook-signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "whsec_";

    private final byte[] key;

    private WebhookSigner(byte[] key) {
        this.key = key;
    }

    /** Parses a {@code whsec_<base64>} secret; IllegalArgumentException saying what is wrong. */
    public static WebhookSigner fromSecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("the secret must have the form whsec_<base64>");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret after whsec_ is not valid base64");
        }
        if (key.length < 16) {
            throw new IllegalArgumentException("the secret must hold at least 16 bytes (has " + key.length + ")");
        }
        return new WebhookSigner(key);
    }

    /** The {@code webhook-signature} value for this message. */
    public String sign(String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Why a signed message is not accepted. */
    public enum Rejection {
        MISSING_HEADERS,
        BAD_TIMESTAMP,
        STALE_TIMESTAMP,
        BAD_SIGNATURE
    }

    /** {@code null} when the message is authentic and fresh at {@code now}; otherwise why not. */
    public Rejection verify(String messageId, String timestamp, String signatureHeader, String body, Instant now) {
        if (isBlank(messageId) || isBlank(timestamp) || isBlank(signatureHeader) || body == null) {
            return Rejection.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Rejection.BAD_TIMESTAMP;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Rejection.STALE_TIMESTAMP;
        }
        byte[] expected = sign(messageId, seconds, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : signatureHeader.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return null;
            }
        }
        return Rejection.BAD_SIGNATURE;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
