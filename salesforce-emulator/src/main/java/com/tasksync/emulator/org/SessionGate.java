package com.tasksync.emulator.org;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Handler;
import com.tasksync.emulator.http.Interceptor;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Route;
import java.time.Instant;

/**
 * The gate in front of every data API route: a served version in the path, a live session
 * from {@code Authorization: Bearer}, a user with API Enabled, and room in the org's daily allocation. It counts the call
 * and answers with {@code Sforce-Limit-Info}. The session is left on the request for handlers.
 */
public final class SessionGate implements Interceptor {

    private final Directory directory;

    public SessionGate(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Response around(Request request, Route route, Handler next) throws Exception {
        if (route.access() != Access.DATA_API) {
            return next.handle(request);
        }
        String version = request.pathVariable("version");
        if (version != null) {
            int major = ApiVersions.parse(version);
            if (major < 0) {
                throw ApiException.notFound();
            }
            request.attribute(ApiVersion.class, new ApiVersion(major));
        }
        Session session = directory.session(bearer(request))
                .orElseThrow(() -> new ApiException(401, "INVALID_SESSION_ID", "Session expired or invalid"));
        Org org = session.org();
        Instant now = directory.now();
        session.touch(now);
        // The user's API Enabled permission is checked on every call, so a revoked one takes effect at once.
        if (!org.access().has(session.user().id(), Permission.API_ENABLED)) {
            throw new ApiException(403, "API_DISABLED_FOR_ORG", "The REST API is not enabled for this Organization.");
        }
        int limit = org.settings().dailyApiRequests();
        if (!org.apiUsage().tryAcquire(now, limit)) {
            throw new ApiException(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
        }
        request.attribute(Session.class, session);
        Response response;
        try {
            response = next.handle(request);
        } catch (ApiException e) {
            response = e.toResponse();
        }
        return response.header("Sforce-Limit-Info", "api-usage=" + org.apiUsage().used(now) + "/" + limit);
    }

    /** The access token of a request: {@code Authorization: Bearer|OAuth <token>}, else the {@code oauth_token} parameter. */
    public static String bearer(Request request) {
        String header = request.header("Authorization");
        if (header != null) {
            String trimmed = header.trim();
            int space = trimmed.indexOf(' ');
            if (space > 0) {
                String scheme = trimmed.substring(0, space);
                if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("OAuth")) {
                    return trimmed.substring(space + 1).trim();
                }
            }
            return null;
        }
        return request.query("oauth_token");
    }

    /** The API version of the request's path, for handlers that behave per version. */
    public record ApiVersion(int major) {
    }
}
