package org.onewindow.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Enterprise;

final class IdentityVerifierTest {

    private static final long NOW = 1_764_230_400L;
    private final IdentityVerifier verifier =
            new IdentityVerifier("portal-secret", Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void verify_correctSignature_returnsVerifiedEnterprise() {
        String sig = HexFormat.of().formatHex(verifier.sign("91350100M000100Y43." + NOW));

        Enterprise e = verifier.verify("91350100M000100Y43", "湖南星辰科技有限公司", NOW, sig);

        assertThat(e.verified()).isTrue();
        assertThat(e.uscc()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void verify_signatureOfAnotherUscc_isRejected() {
        String sig = HexFormat.of().formatHex(verifier.sign("91350100M000100Y43." + NOW));

        assertThatThrownBy(() -> verifier.verify("91430100MA4L000000", "x", NOW, sig))
                .isInstanceOf(ApiException.class)
                .extracting("status")
                .isEqualTo(401);
    }

    @Test
    void verify_timestampSixMinutesOld_isRejectedAsExpired() {
        long old = NOW - 360;
        String sig = HexFormat.of().formatHex(verifier.sign("91350100M000100Y43." + old));

        assertThatThrownBy(() -> verifier.verify("91350100M000100Y43", "x", old, sig))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("5 minutes");
    }

    @Test
    void verify_withoutConfiguredSecret_rejectsEverySignature() {
        IdentityVerifier unconfigured = new IdentityVerifier("", Clock.systemUTC());

        assertThatThrownBy(() -> unconfigured.verify("91350100M000100Y43", "x", NOW, "00"))
                .isInstanceOf(ApiException.class)
                .extracting("status")
                .isEqualTo(401);
    }
}
