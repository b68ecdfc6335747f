package com.tasksync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps the session cookie, reads the CSRF token from the last
 * page and posts forms with it, so page tests exercise the real sign-in and form handling.
 */
public class WebSession {

    /** The session cookie's name: Spring Session's, whose value is the session id in base64. */
    public static final String COOKIE = "SESSION";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The value of one cookie this browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** This browser's session cookie as a {@code Cookie} header value, for requests a test builds by hand. */
    public String sessionCookie() {
        return COOKIE + "=" + cookie(COOKIE);
    }

    /** The last CSRF token a page gave, for requests a test builds by hand. */
    public String csrfToken() {
        return csrfToken;
    }

    public static WebSession signedIn(String baseUrl, TestUser user) {
        var session = new WebSession(baseUrl);
        session.get("/login");
        var response = session.post("/login", Map.of("email", user.email(), "password", user.password()));
        if (!response.uri().getPath().equals("/")) {
            throw new IllegalStateException("Sign-in did not reach the Command Center: " + response.uri());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        var withToken = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        return postRaw(path, withToken);
    }

    public HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
        return postRaw(path, form);
    }

    private HttpResponse<String> postRaw(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        var matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrfToken = matcher.group(1);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
