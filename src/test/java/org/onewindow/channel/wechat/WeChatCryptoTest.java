package org.onewindow.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * WeChat's message encryption (消息加解密). The known vector was computed outside this code: Python
 * for the layout and padding, {@code openssl enc -aes-256-cbc -nopad} for the cipher, SHA-1 of the
 * sorted parts for the signature.
 */
final class WeChatCryptoTest {

    static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wx2c2769f8efd9abc2";
    private static final byte[] PREFIX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String XML = "<xml><Content><![CDATA[你好, OneWindow]]></Content></xml>";
    private static final String VECTOR =
            "Q3stYC6hdFzMh9T8HCvyDPszbRSiYUMcWZC1Y6XyNthn49IyIuxNlJazgFblJB9QqVEj+cAHNZfP8aK7gweuRG9+"
                    + "41d4sBnb+S7WUu5UzM7G+z53K09ZNmoYAJDDw8W2yeOUru+oE2GYY+KQ3nd+0Js0hYxuvxkv3ctAFz2y0Fs=";

    private final WeChatCrypto crypto = new WeChatCrypto(KEY, APP_ID);

    @Test
    void decodeKey_43Characters_givesA32ByteKey() {
        assertThat(WeChatCrypto.decodeKey(KEY)).hasSize(32).startsWith((byte) 0x69, (byte) 0xb7, (byte) 0x1d, (byte)
                0x79);
    }

    @Test
    void decodeKey_wrongLengthOrAlphabet_isRejected() {
        assertThatThrownBy(() -> WeChatCrypto.decodeKey(KEY.substring(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wechat-encoding-aes-key");
        assertThatThrownBy(() -> WeChatCrypto.decodeKey(KEY + "=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeChatCrypto.decodeKey(KEY.replace('a', '-')))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encrypt_fixedRandomPrefix_matchesTheKnownVector() {
        assertThat(crypto.encrypt(XML, PREFIX)).isEqualTo(VECTOR);
    }

    @Test
    void decrypt_knownVector_givesBackTheXml() throws Exception {
        assertThat(crypto.decrypt(VECTOR)).isEqualTo(XML);
    }

    @Test
    void signMessage_knownVector_isTheSha1OfTheSortedParts() {
        assertThat(WeChatSignature.signMessage("spamtest", "1409735669", "1320562132", VECTOR))
                .isEqualTo("0e8e031eeb45d56a8fec6b97120672a10935f7ca");
        assertThat(WeChatSignature.validMessage(
                        "spamtest", "0E8E031EEB45D56A8FEC6B97120672A10935F7CA", "1409735669", "1320562132", VECTOR))
                .isTrue();
        assertThat(WeChatSignature.validMessage(
                        "spamtest",
                        "0e8e031eeb45d56a8fec6b97120672a10935f7ca",
                        "1409735669",
                        "1320562132",
                        VECTOR + "x"))
                .isFalse();
        assertThat(WeChatSignature.validMessage("spamtest", null, "1409735669", "1320562132", VECTOR))
                .isFalse();
    }

    @Test
    void encryptThenDecrypt_roundTripsWithAFreshRandomPrefixEachTime() throws Exception {
        String xml = "<xml><Content><![CDATA[如何申请租房补贴？]]></Content></xml>";
        String first = crypto.encrypt(xml);
        String second = crypto.encrypt(xml);

        assertThat(first).isNotEqualTo(second);
        assertThat(crypto.decrypt(first)).isEqualTo(xml);
        assertThat(crypto.decrypt(second)).isEqualTo(xml);
    }

    @Test
    void pad_lengthAMultipleOf32_addsAFullBlockOf32() throws Exception {
        byte[] padded = WeChatCrypto.pad(new byte[64]);
        assertThat(padded).hasSize(96);
        assertThat(Arrays.copyOfRange(padded, 64, 96)).containsOnly((byte) 32);
        assertThat(WeChatCrypto.unpad(padded)).hasSize(64);

        String xml = "x".repeat(64 - 20 - APP_ID.length());
        byte[] cipherText = Base64.getDecoder().decode(crypto.encrypt(xml, PREFIX));
        assertThat(cipherText)
                .as("64 bytes of plain text and a whole block of padding")
                .hasSize(96);
        assertThat(crypto.decrypt(crypto.encrypt(xml, PREFIX))).isEqualTo(xml);
    }

    @Test
    void pad_oneByteShortOfABlock_addsOneByte() throws Exception {
        byte[] padded = WeChatCrypto.pad(new byte[31]);
        assertThat(padded).hasSize(32);
        assertThat(padded[31]).isEqualTo((byte) 1);
        assertThat(WeChatCrypto.unpad(padded)).hasSize(31);
    }

    @Test
    void decrypt_tamperedCiphertext_isRejected() {
        byte[] cipherText = Base64.getDecoder().decode(VECTOR);
        for (int at : new int[] {0, 20, cipherText.length - 1}) {
            byte[] tampered = cipherText.clone();
            tampered[at] ^= 0x01;
            assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(tampered)))
                    .as("a bit flipped at byte %d", at)
                    .isInstanceOf(WeChatCrypto.Rejected.class);
        }
    }

    @Test
    void decrypt_anotherAppId_isRejected() {
        String forOther = new WeChatCrypto(KEY, "wx0000000000000000").encrypt(XML);
        assertThatThrownBy(() -> crypto.decrypt(forOther))
                .isInstanceOf(WeChatCrypto.Rejected.class)
                .hasMessageContaining("another app id");
    }

    @Test
    void decrypt_padValueOutside1To32OrUneven_isRejected() {
        byte[] plain = layout(XML, APP_ID);
        for (int pad : new int[] {0, 33, 64}) {
            byte[] block = withTail(plain, pad, pad);
            assertThatThrownBy(() -> crypto.decrypt(rawEncrypt(block)))
                    .as("pad value %d", pad)
                    .isInstanceOf(WeChatCrypto.Rejected.class)
                    .hasMessageContaining("padding");
        }
        byte[] uneven = withTail(plain, 5, 5);
        uneven[uneven.length - 3] = 4;
        assertThatThrownBy(() -> crypto.decrypt(rawEncrypt(uneven)))
                .isInstanceOf(WeChatCrypto.Rejected.class)
                .hasMessageContaining("padding");
    }

    @Test
    void decrypt_lengthBeyondTheMessage_isRejected() {
        byte[] plain = layout(XML, APP_ID);
        ByteBuffer.wrap(plain).putInt(16, plain.length);
        assertThatThrownBy(() -> crypto.decrypt(rawEncrypt(WeChatCrypto.pad(plain))))
                .isInstanceOf(WeChatCrypto.Rejected.class)
                .hasMessageContaining("length");
        byte[] negative = layout(XML, APP_ID);
        ByteBuffer.wrap(negative).putInt(16, -1);
        assertThatThrownBy(() -> crypto.decrypt(rawEncrypt(WeChatCrypto.pad(negative))))
                .isInstanceOf(WeChatCrypto.Rejected.class)
                .hasMessageContaining("length");
    }

    @Test
    void decrypt_notBase64OrNotWholeBlocks_isRejected() {
        assertThatThrownBy(() -> crypto.decrypt("not base64!")).isInstanceOf(WeChatCrypto.Rejected.class);
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(new byte[48])))
                .isInstanceOf(WeChatCrypto.Rejected.class)
                .hasMessageContaining("blocks");
        assertThatThrownBy(() -> crypto.decrypt("")).isInstanceOf(WeChatCrypto.Rejected.class);
        assertThatThrownBy(() -> crypto.decrypt(null)).isInstanceOf(WeChatCrypto.Rejected.class);
    }

    /** The unpadded plain text: random prefix, length, message, app id. */
    private static byte[] layout(String xml, String appId) {
        byte[] message = xml.getBytes(StandardCharsets.UTF_8);
        byte[] id = appId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(20 + message.length + id.length)
                .put(PREFIX)
                .putInt(message.length)
                .put(message)
                .put(id)
                .array();
    }

    /** {@code plain} and {@code count} bytes of {@code value}, then zeros up to a 32-byte multiple ending in {@code value}. */
    private static byte[] withTail(byte[] plain, int count, int value) {
        int length = (plain.length + count + 31) / 32 * 32;
        byte[] out = Arrays.copyOf(plain, length);
        Arrays.fill(out, length - count, length, (byte) value);
        return out;
    }

    private static String rawEncrypt(byte[] blocks) throws Exception {
        byte[] key = WeChatCrypto.decodeKey(KEY);
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return Base64.getEncoder().encodeToString(cipher.doFinal(blocks));
    }
}
