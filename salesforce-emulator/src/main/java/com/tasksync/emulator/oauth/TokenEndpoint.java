package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.Directory.RefreshGrant;
import com.tasksync.emulator.org.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code POST /services/oauth2/token}: the authorization_code, refresh_token, password, JWT bearer and client_credentials grants. */
final class TokenEndpoint {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** Salesforce asks for exp within 3 minutes; a few more minutes allow for the client's clock. */
    static final Duration JWT_MAX_AHEAD = Duration.ofMinutes(8);

    private final Directory directory;
    private final AuthorizationCodes codes;
    private final TokenIssuer issuer;
    private final Supplier<String> baseUrl;

    TokenEndpoint(Directory directory, AuthorizationCodes codes, TokenIssuer issuer, Supplier<String> baseUrl) {
        this.directory = directory;
        this.codes = codes;
        this.issuer = issuer;
        this.baseUrl = baseUrl;
    }

    Response handle(Request request) {
        Map<String, String> p = parameters(request);
        String grantType = p.get("grant_type");
        if (grantType == null) {
            throw OAuthErrors.unsupportedGrant();
        }
        return switch (grantType) {
            case "authorization_code" -> authorizationCode(p);
            case "refresh_token" -> refreshToken(p);
            case "password" -> password(p);
            case JWT_BEARER -> jwtBearer(p);
            case "client_credentials" -> clientCredentials(p);
            default -> throw OAuthErrors.unsupportedGrant();
        };
    }

    private Response authorizationCode(Map<String, String> p) {
        ConnectedApp app = client(p);
        String secret = p.get("client_secret");
        if (secret != null) {
            checkSecret(app, secret);
        }
        AuthorizationCodes.Grant grant = codes.redeem(p.get("code"));
        if (!grant.clientId().equals(app.clientId())) {
            throw OAuthErrors.invalidCode();
        }
        if (!grant.redirectUri().equals(p.get("redirect_uri"))) {
            throw OAuthErrors.redirectMismatch();
        }
        String verifier = p.get("code_verifier");
        if (grant.codeChallenge() != null) {
            if (!PkceVerifier.matches(grant.codeChallenge(), grant.challengeMethod(), verifier)) {
                throw OAuthErrors.invalidVerifier();
            }
        } else if (verifier != null) {
            throw OAuthErrors.invalidVerifier();
        } else if (secret == null) {
            throw OAuthErrors.badClientSecret();
        }
        User user = activeUser(grant.userId());
        return issuer.issue(user, app, grant.scope(), Scopes.allowsRefresh(grant.scope()));
    }

    private Response refreshToken(Map<String, String> p) {
        ConnectedApp app = client(p);
        if (p.get("client_secret") != null) {
            checkSecret(app, p.get("client_secret"));
        }
        RefreshGrant grant = directory.refreshGrant(p.get("refresh_token"))
                .filter(g -> g.clientId().equals(app.clientId()))
                .orElseThrow(OAuthErrors::expiredRefreshToken);
        User user = directory.org(grant.orgId()).map(org -> org.user(grant.userId()))
                .filter(User::active).orElseThrow(OAuthErrors::expiredRefreshToken);
        return issuer.issue(user, app, Scopes.DEFAULT, false);
    }

    private Response password(Map<String, String> p) {
        ConnectedApp app = client(p);
        checkSecret(app, p.get("client_secret"));
        String password = p.get("password");
        User user = directory.userByUsername(p.get("username"))
                .filter(User::active)
                .filter(u -> passwordMatches(u, password))
                .orElseThrow(OAuthErrors::authenticationFailure);
        return issuer.issue(user, app, Scopes.granted(p.get("scope")), false);
    }

    /** The password alone, or the password followed by the user's exact security token, as Salesforce accepts. */
    private boolean passwordMatches(User user, String given) {
        if (given == null) {
            return false;
        }
        String token = directory.securityToken(user.id());
        return same(user.password(), given) || token != null && same(user.password() + token, given);
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private Response jwtBearer(Map<String, String> p) {
        ReceivedJwt jwt = ReceivedJwt.parse(p.get("assertion"));
        ConnectedApp app = directory.app(jwt.issuer()).orElseThrow(OAuthErrors::unknownClient);
        if (!jwt.signedBy(app.certificateKey())) {
            throw OAuthErrors.invalidAssertion();
        }
        if (!audiences().contains(trimSlash(jwt.audience()))) {
            throw OAuthErrors.invalidAudience();
        }
        long now = directory.now().getEpochSecond();
        if (jwt.expiresAt() <= now) {
            throw OAuthErrors.expiredCode();
        }
        if (jwt.expiresAt() > now + JWT_MAX_AHEAD.toSeconds()) {
            throw OAuthErrors.invalidAssertion();
        }
        User user = directory.userByUsername(jwt.subject()).filter(User::active).orElseThrow(OAuthErrors::notApproved);
        return issuer.issue(user, app, Scopes.granted(p.get("scope")), false);
    }

    private Response clientCredentials(Map<String, String> p) {
        ConnectedApp app = client(p);
        checkSecret(app, p.get("client_secret"));
        if (app.runAsUserId() == null) {
            throw OAuthErrors.noRunAsUser();
        }
        User user = activeUser(app.runAsUserId());
        return issuer.issue(user, app, Scopes.granted(p.get("scope")), false);
    }

    private ConnectedApp client(Map<String, String> p) {
        return directory.app(p.get("client_id")).orElseThrow(OAuthErrors::unknownClient);
    }

    private static void checkSecret(ConnectedApp app, String secret) {
        byte[] expected = app.clientSecret().getBytes(StandardCharsets.UTF_8);
        if (secret == null || !MessageDigest.isEqual(expected, secret.getBytes(StandardCharsets.UTF_8))) {
            throw OAuthErrors.badClientSecret();
        }
    }

    private User activeUser(String userId) {
        return directory.orgs().stream().map(org -> org.user(userId)).filter(u -> u != null && u.active()).findFirst()
                .orElseThrow(OAuthErrors::authenticationFailure);
    }

    private List<String> audiences() {
        return List.of(trimSlash(baseUrl.get()), "https://login.salesforce.com", "https://test.salesforce.com");
    }

    private static String trimSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Form body first, then the query string (Salesforce reads both), then HTTP Basic client credentials. */
    static Map<String, String> parameters(Request request) {
        Map<String, String> out = new LinkedHashMap<>(request.form());
        request.query().forEach(out::putIfAbsent);
        String auth = request.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthErrors.badClientSecret();
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                out.putIfAbsent("client_id", decoded.substring(0, colon));
                out.putIfAbsent("client_secret", decoded.substring(colon + 1));
            }
        }
        return out;
    }
}
