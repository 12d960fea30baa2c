package org.onewindow.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

final class TokensTest {

    @Test
    void newToken_has256RandomBitsAndDiffersEachTime() {
        String a = Tokens.newToken();

        assertThat(Base64.getUrlDecoder().decode(a)).hasSize(32);
        assertThat(Tokens.newToken()).isNotEqualTo(a);
    }

    @Test
    void matches_onlyTheTokenThatWasHashed() {
        String token = Tokens.newToken();
        byte[] hash = Tokens.hash(token);

        assertThat(Tokens.matches(token, hash)).isTrue();
        assertThat(Tokens.matches(Tokens.newToken(), hash)).isFalse();
        assertThat(Tokens.matches(null, hash)).isFalse();
    }
}
