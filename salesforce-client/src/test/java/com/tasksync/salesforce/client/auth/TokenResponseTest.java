package com.tasksync.salesforce.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.support.Fixtures;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenResponseTest {

    @Test
    void readsEveryFieldOfAnAuthorizationCodeTokenResponse() {
        TokenResponse tokens = TokenResponse.from(Fixtures.json("token-authorization-code.json"));

        assertThat(tokens.accessToken()).startsWith("00D5g000004XyZa!");
        assertThat(tokens.refreshToken()).startsWith("5Aep861");
        assertThat(tokens.instanceUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));
        assertThat(tokens.issuedAt()).isEqualTo(Instant.ofEpochMilli(1779398400000L));
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.scope()).isEqualTo("refresh_token api");
        assertThat(tokens.signature()).isNotBlank();
    }

    @Test
    void takesOrgAndUserIdsFromTheIdentityUrl() {
        TokenResponse tokens = TokenResponse.from(Fixtures.json("token-authorization-code.json"));

        assertThat(tokens.orgId()).isEqualTo("00D5g000004XyZaEAK");
        assertThat(tokens.userId()).isEqualTo("0055g00000Qw3RtAAJ");
    }

    @Test
    void keepsTheOldRefreshTokenWhenARenewalBringsNone() {
        ConnectionTokens first = ConnectionTokens.from(TokenResponse.from(Fixtures.json("token-authorization-code.json")));
        ConnectionTokens renewed = first.renewedBy(TokenResponse.from(Fixtures.json("token-refresh.json")));

        assertThat(renewed.refreshToken()).isEqualTo(first.refreshToken());
        assertThat(renewed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(renewed.instanceUrl()).isEqualTo(first.instanceUrl());
    }

    @Test
    void keepsSecretsOutOfItsTextForm() {
        TokenResponse tokens = TokenResponse.from(Fixtures.json("token-authorization-code.json"));

        assertThat(tokens.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());
        assertThat(ConnectionTokens.from(tokens).toString()).doesNotContain(tokens.accessToken());
    }
}
