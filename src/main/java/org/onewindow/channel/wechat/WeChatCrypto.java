package org.onewindow.channel.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's message encryption (消息加解密, 安全模式): AES-256-CBC with the key
 * Base64-decoded from the 43-character EncodingAESKey and its first 16 bytes as the IV, no JCE
 * padding but PKCS#7 to 32-byte blocks. The plain text is 16 random bytes, the message's length
 * (4 bytes, big-endian), the message and the app id; a message ending with another app id is
 * refused. Thread-safe: a cipher per call.
 */
public final class WeChatCrypto {

    /** An EncodingAESKey's length: Base64 of 32 bytes without the trailing '='. */
    public static final int KEY_CHARS = 43;

    static final int RANDOM_BYTES = 16;
    static final int PAD_BLOCK = 32;
    private static final int HEADER = RANDOM_BYTES + 4;

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] appId;
    private final SecureRandom random = new SecureRandom();

    public WeChatCrypto(String encodingAesKey, String appId) {
        byte[] raw = decodeKey(encodingAesKey);
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("wechat-app-id is needed to decrypt WeChat's messages");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOf(raw, 16));
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    /** Why an encrypted message is not accepted. */
    public static final class Rejected extends Exception {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    /** The 32-byte AES key of an EncodingAESKey; IllegalArgumentException when it is not one. */
    public static byte[] decodeKey(String encodingAesKey) {
        if (encodingAesKey == null
                || encodingAesKey.length() != KEY_CHARS
                || !encodingAesKey.chars().allMatch(WeChatCrypto::isBase64Char)) {
            throw new IllegalArgumentException("wechat-encoding-aes-key must be the " + KEY_CHARS
                    + "-character EncodingAESKey (Base64 without the trailing '=')");
        }
        return Base64.getDecoder().decode(encodingAesKey + "=");
    }

    private static boolean isBase64Char(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    /** The Base64 ciphertext of {@code xml}, as WeChat expects in a reply's {@code Encrypt}. */
    public String encrypt(String xml) {
        byte[] prefix = new byte[RANDOM_BYTES];
        random.nextBytes(prefix);
        return encrypt(xml, prefix);
    }

    /** {@link #encrypt(String)} with a given random prefix: known vectors in tests. */
    String encrypt(String xml, byte[] prefix) {
        if (prefix.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("the random prefix must be " + RANDOM_BYTES + " bytes");
        }
        byte[] message = xml.getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(HEADER + message.length + appId.length);
        plain.put(prefix).putInt(message.length).put(message).put(appId);
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE, pad(plain.array())));
    }

    /** The message inside {@code encrypted} (Base64, as in a push's {@code Encrypt}). */
    public String decrypt(String encrypted) throws Rejected {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(encrypted == null ? "" : encrypted.trim());
        } catch (IllegalArgumentException e) {
            throw new Rejected("Encrypt is not Base64");
        }
        if (cipherText.length == 0 || cipherText.length % PAD_BLOCK != 0) {
            throw new Rejected("Encrypt is not a whole number of " + PAD_BLOCK + "-byte blocks");
        }
        byte[] plain = unpad(cipher(Cipher.DECRYPT_MODE, cipherText));
        if (plain.length < HEADER) {
            throw new Rejected("the decrypted message is too short");
        }
        int length = ByteBuffer.wrap(plain, RANDOM_BYTES, 4).getInt();
        if (length < 0 || length > plain.length - HEADER) {
            throw new Rejected("the decrypted message's length is inconsistent");
        }
        byte[] tail = Arrays.copyOfRange(plain, HEADER + length, plain.length);
        if (!Arrays.equals(tail, appId)) {
            throw new Rejected("the message is for another app id");
        }
        return new String(plain, HEADER, length, StandardCharsets.UTF_8);
    }

    /** PKCS#7 to {@link #PAD_BLOCK}: 1 to 32 bytes, a full block when the length is already a multiple. */
    static byte[] pad(byte[] data) {
        int pad = PAD_BLOCK - data.length % PAD_BLOCK;
        byte[] padded = Arrays.copyOf(data, data.length + pad);
        Arrays.fill(padded, data.length, padded.length, (byte) pad);
        return padded;
    }

    static byte[] unpad(byte[] data) throws Rejected {
        int pad = data.length == 0 ? 0 : data[data.length - 1] & 0xff;
        if (pad < 1 || pad > PAD_BLOCK || pad > data.length) {
            throw new Rejected("the decrypted message's padding is invalid");
        }
        for (int i = data.length - pad; i < data.length; i++) {
            if ((data[i] & 0xff) != pad) {
                throw new Rejected("the decrypted message's padding is invalid");
            }
        }
        return Arrays.copyOf(data, data.length - pad);
    }

    private byte[] cipher(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/NoPadding with a 256-bit key is unavailable", e);
        }
    }
}
