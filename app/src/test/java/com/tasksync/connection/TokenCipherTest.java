package com.tasksync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static TokenCipher cipher() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new TokenCipher(new SecretKeySpec(key, "AES"));
    }

    @Test
    void decryptsWhatItEncrypted() {
        var cipher = cipher();

        assertThat(cipher.decrypt(cipher.encrypt("00Dxx!AQ4AQ.token"))).isEqualTo("00Dxx!AQ4AQ.token");
    }

    @Test
    void neverStoresTheTokenInClearAndUsesAFreshNonceEachTime() {
        var cipher = cipher();

        var first = cipher.encrypt("secret-token");
        var second = cipher.encrypt("secret-token");

        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("secret-token");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesATamperedValue() {
        var cipher = cipher();
        var sealed = cipher.encrypt("secret-token");
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAValueSealedUnderAnotherKey() {
        var sealed = cipher().encrypt("secret-token");

        assertThatThrownBy(() -> cipher().decrypt(sealed)).hasMessageContaining("token key");
    }
}
