package org.onewindow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

final class WebhookSignerTest {

    // The test vector of the Standard Webhooks reference libraries.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TS = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private final WebhookSigner signer = WebhookSigner.fromSecret(SECRET);

    @Test
    void sign_referenceVector_matches() {
        assertThat(signer.sign(ID, TS, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void verify_goodSignatureWithinTolerance_accepts() {
        assertThat(signer.verify(ID, Long.toString(TS), EXPECTED, BODY, Instant.ofEpochSecond(TS + 299)))
                .isNull();
        assertThat(signer.verify(ID, Long.toString(TS), "v1,other " + EXPECTED, BODY, Instant.ofEpochSecond(TS)))
                .isNull();
    }

    @Test
    void verify_staleOrFutureTimestamp_rejects() {
        assertThat(signer.verify(ID, Long.toString(TS), EXPECTED, BODY, Instant.ofEpochSecond(TS + 301)))
                .isEqualTo(WebhookSigner.Rejection.STALE_TIMESTAMP);
        assertThat(signer.verify(ID, Long.toString(TS), EXPECTED, BODY, Instant.ofEpochSecond(TS - 301)))
                .isEqualTo(WebhookSigner.Rejection.STALE_TIMESTAMP);
    }

    @Test
    void verify_tamperedBodyOrIdOrMissingHeaders_rejects() {
        Instant now = Instant.ofEpochSecond(TS);
        assertThat(signer.verify(ID, Long.toString(TS), EXPECTED, BODY + " ", now))
                .isEqualTo(WebhookSigner.Rejection.BAD_SIGNATURE);
        assertThat(signer.verify(ID + "x", Long.toString(TS), EXPECTED, BODY, now))
                .isEqualTo(WebhookSigner.Rejection.BAD_SIGNATURE);
        assertThat(signer.verify(null, Long.toString(TS), EXPECTED, BODY, now))
                .isEqualTo(WebhookSigner.Rejection.MISSING_HEADERS);
        assertThat(signer.verify(ID, "yesterday", EXPECTED, BODY, now))
                .isEqualTo(WebhookSigner.Rejection.BAD_TIMESTAMP);
    }

    @Test
    void fromSecret_withoutPrefixOrBadBase64_refuses() {
        assertThatThrownBy(() -> WebhookSigner.fromSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .hasMessageContaining("whsec_");
        assertThatThrownBy(() -> WebhookSigner.fromSecret("whsec_***")).hasMessageContaining("base64");
    }
}
