package org.onewindow.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** WeChat's message-push signature: the SHA-1 hex of token, timestamp and nonce, sorted and concatenated. */
public final class WeChatSignature {

    private WeChatSignature() {
    }

    public static String sign(String token, String timestamp, String nonce) {
        String[] parts = {token, timestamp, nonce};
        Arrays.sort(parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    /** Whether {@code signature} signs {@code timestamp} and {@code nonce}; false when any is missing. */
    public static boolean valid(String token, String signature, String timestamp, String nonce) {
        if (signature == null || timestamp == null || nonce == null || signature.length() != 40) {
            return false;
        }
        return MessageDigest.isEqual(sign(token, timestamp, nonce).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
