package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.org.ApiVersions;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.org.SessionGate;
import com.tasksync.emulator.org.User;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity URL {@code /id/{orgId}/{userId}} and {@code /services/oauth2/userinfo}: who the
 * token's user is and which API URLs to call. A bad token gets 403 {@code Bad_OAuth_Token}.
 */
final class IdentityEndpoints {

    private final Directory directory;
    private final Supplier<String> baseUrl;

    IdentityEndpoints(Directory directory, Supplier<String> baseUrl) {
        this.directory = directory;
        this.baseUrl = baseUrl;
    }

    Response identity(Request request) {
        Session session = session(request);
        if (session == null) {
            return badToken();
        }
        User user = session.user();
        String orgId = request.pathVariable("orgId");
        String userId = request.pathVariable("userId");
        if (!sameId(orgId, user.orgId()) || !sameId(userId, user.id())) {
            return new Response(404, "text/plain;charset=UTF-8", "Bad_Id".getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode body = Json.object();
        body.put("id", baseUrl.get() + "/id/" + user.orgId() + "/" + user.id());
        body.put("asserted_user", true);
        body.put("user_id", user.id());
        body.put("organization_id", user.orgId());
        body.put("username", user.username());
        body.put("nick_name", nickname(user));
        body.put("display_name", user.name());
        body.put("email", user.email());
        body.put("email_verified", true);
        body.put("first_name", user.firstName());
        body.put("last_name", user.lastName());
        body.put("timezone", user.timeZoneSidKey());
        body.set("urls", urls(user, version(request.query("version"))));
        common(body, user);
        return Response.json(200, body);
    }

    Response userInfo(Request request) {
        Session session = session(request);
        if (session == null) {
            return badToken();
        }
        User user = session.user();
        ObjectNode body = Json.object();
        body.put("sub", baseUrl.get() + "/id/" + user.orgId() + "/" + user.id());
        body.put("user_id", user.id());
        body.put("organization_id", user.orgId());
        body.put("preferred_username", user.username());
        body.put("nickname", nickname(user));
        body.put("name", user.name());
        body.put("email", user.email());
        body.put("email_verified", true);
        body.put("given_name", user.firstName());
        body.put("family_name", user.lastName());
        body.put("zoneinfo", user.timeZoneSidKey());
        body.put("profile", baseUrl.get() + "/" + user.id());
        body.set("urls", urls(user, version(request.query("version"))));
        common(body, user);
        body.put("updated_at", directory.now().toString().replaceFirst("\\.\\d+Z$", "Z").replace("Z", "+0000"));
        return Response.json(200, body);
    }

    private void common(ObjectNode body, User user) {
        body.put("active", user.active());
        body.put("user_type", "STANDARD");
        body.put("language", "en_US");
        body.put("locale", "en_US");
        body.put("utcOffset", ZoneId.of(user.timeZoneSidKey()).getRules().getOffset(directory.now()).getTotalSeconds() * 1000);
        body.put("is_app_installed", true);
    }

    private ObjectNode urls(User user, String version) {
        String base = baseUrl.get();
        String org15 = user.orgId().substring(0, 15);
        String rest = base + "/services/data/v" + version + "/";
        ObjectNode urls = Json.object();
        urls.put("enterprise", base + "/services/Soap/c/" + version + "/" + org15);
        urls.put("metadata", base + "/services/Soap/m/" + version + "/" + org15);
        urls.put("partner", base + "/services/Soap/u/" + version + "/" + org15);
        urls.put("rest", rest);
        urls.put("sobjects", rest + "sobjects/");
        urls.put("search", rest + "search/");
        urls.put("query", rest + "query/");
        urls.put("recent", rest + "recent/");
        urls.put("tooling_rest", rest + "tooling/");
        urls.put("profile", base + "/" + user.id());
        urls.put("users", rest + "chatter/users");
        urls.put("custom_domain", base);
        return urls;
    }

    /** The literal {@code {version}} unless the caller asked for a version or {@code latest}, as Salesforce does. */
    private static String version(String requested) {
        if (requested == null) {
            return "{version}";
        }
        if ("latest".equals(requested)) {
            return ApiVersions.CURRENT + ".0";
        }
        return requested.matches("\\d{2}\\.0") ? requested : "{version}";
    }

    private Session session(Request request) {
        Session session = directory.session(SessionGate.bearer(request)).orElse(null);
        if (session != null) {
            session.touch(directory.now());
        }
        return session;
    }

    private static boolean sameId(String given, String actual) {
        return given != null && (given.equals(actual) || given.equals(actual.substring(0, 15)));
    }

    private static String nickname(User user) {
        String name = user.username();
        int at = name.indexOf('@');
        return at > 0 ? name.substring(0, at) : name;
    }

    private static Response badToken() {
        return new Response(403, "text/plain;charset=UTF-8", "Bad_OAuth_Token".getBytes(StandardCharsets.UTF_8));
    }
}
