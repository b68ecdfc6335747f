package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Directory;
import java.util.function.Supplier;

/** Registers OAuth 2.0 under /services/oauth2/ and the identity URL. */
public final class OAuthEndpoints {

    private final Directory directory;

    private OAuthEndpoints(Directory directory) {
        this.directory = directory;
    }

    /** {@code baseUrl} is the emulator's own URL: instance URL, identity URL host and a valid JWT audience. */
    public static void register(Router router, Directory directory, Supplier<String> baseUrl) {
        AuthorizationCodes codes = new AuthorizationCodes(directory);
        TokenIssuer issuer = new TokenIssuer(directory, baseUrl);
        TokenEndpoint token = new TokenEndpoint(directory, codes, issuer, baseUrl);
        AuthorizePages pages = new AuthorizePages(directory, codes);
        IdentityEndpoints identity = new IdentityEndpoints(directory, baseUrl);
        OAuthEndpoints revocation = new OAuthEndpoints(directory);
        router.post("/services/oauth2/token", Access.PUBLIC, token::handle)
                .get("/services/oauth2/authorize", Access.PUBLIC, pages::start)
                .post("/services/oauth2/authorize", Access.PUBLIC, pages::login)
                .post("/services/oauth2/authorize/consent", Access.PUBLIC, pages::consent)
                .post("/services/oauth2/revoke", Access.PUBLIC, r -> revocation.revoke(r.form().get("token")))
                .get("/services/oauth2/revoke", Access.PUBLIC, r -> revocation.revoke(r.query("token")))
                .get("/services/oauth2/userinfo", Access.PUBLIC, identity::userInfo)
                .post("/services/oauth2/userinfo", Access.PUBLIC, identity::userInfo)
                .get("/id/{orgId}/{userId}", Access.PUBLIC, identity::identity);
    }

    /** An access token ends its session; a refresh token ends itself and every session issued through it. */
    private Response revoke(String token) {
        if (token == null || token.isEmpty()) {
            throw OAuthErrors.unsupportedTokenType();
        }
        if (directory.session(token).isPresent()) {
            directory.revokeSession(token);
        } else if (directory.refreshGrant(token).isPresent()) {
            directory.revokeRefreshToken(token);
        } else {
            throw OAuthErrors.invalidToken();
        }
        return new Response(200, null, null);
    }
}
