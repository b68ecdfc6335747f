package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.org.User;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens a session and answers with Salesforce's token response: access token, optional refresh
 * token, signature, scope, instance URL, identity URL, token type and issue time; no expires_in.
 */
final class TokenIssuer {

    private final Directory directory;
    private final Supplier<String> baseUrl;

    TokenIssuer(Directory directory, Supplier<String> baseUrl) {
        this.directory = directory;
        this.baseUrl = baseUrl;
    }

    Response issue(User user, ConnectedApp app, String scope, boolean withRefreshToken) {
        Session session = directory.openSession(user, app.clientId());
        String identity = identityUrl(user);
        String issuedAt = Long.toString(session.issuedAt().toEpochMilli());
        ObjectNode body = Json.object();
        body.put("access_token", session.accessToken());
        if (withRefreshToken) {
            body.put("refresh_token", directory.issueRefreshToken(user, app.clientId()));
        }
        body.put("signature", signature(app.clientSecret(), identity + issuedAt));
        body.put("scope", scope);
        body.put("instance_url", baseUrl.get());
        body.put("id", identity);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        return Response.json(200, body).header("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    }

    String identityUrl(User user) {
        return baseUrl.get() + "/id/" + user.orgId() + "/" + user.id();
    }

    static String signature(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
