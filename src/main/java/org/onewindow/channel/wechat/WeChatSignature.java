package org.onewindow.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * WeChat's message-push signatures: the SHA-1 hex of the parts, sorted and concatenated. The
 * {@code signature} signs token, timestamp and nonce; in encrypted mode the {@code msg_signature}
 * signs the ciphertext too.
 */
public final class WeChatSignature {

    private WeChatSignature() {}

    public static String sign(String token, String timestamp, String nonce) {
        return sha1OfSorted(token, timestamp, nonce);
    }

    /** The {@code msg_signature} of an encrypted message or echostr, or of an encrypted reply. */
    public static String signMessage(String token, String timestamp, String nonce, String encrypted) {
        return sha1OfSorted(token, timestamp, nonce, encrypted);
    }

    /** Whether {@code signature} signs {@code timestamp} and {@code nonce}; false when any is missing. */
    public static boolean valid(String token, String signature, String timestamp, String nonce) {
        if (signature == null || timestamp == null || nonce == null) {
            return false;
        }
        return same(sign(token, timestamp, nonce), signature);
    }

    /** Whether {@code msgSignature} signs {@code timestamp}, {@code nonce} and {@code encrypted}; false when any is missing. */
    public static boolean validMessage(
            String token, String msgSignature, String timestamp, String nonce, String encrypted) {
        if (msgSignature == null || timestamp == null || nonce == null || encrypted == null) {
            return false;
        }
        return same(signMessage(token, timestamp, nonce, encrypted), msgSignature);
    }

    private static boolean same(String expected, String given) {
        return given.length() == 40
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha1OfSorted(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }
}
