package com.tasksync.salesforce.client.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the user's browser through the emulator's authorize pages: opens the authorize URL, logs
 * in, allows access, and reads the redirect back to the app, whose query it returns
 * ({@code code} and {@code state}, or {@code error}).
 */
public final class BrowserLogin {

    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI loginHost;

    public BrowserLogin(URI loginHost) {
        this.loginHost = loginHost;
    }

    public Map<String, String> authorize(URI authorizeUrl, String username, String password) {
        String loginPage = send(HttpRequest.newBuilder(authorizeUrl).GET().build()).body();
        String consentPage = post("/services/oauth2/authorize",
                Map.of("ticket", ticketIn(loginPage), "username", username, "password", password)).body();
        HttpResponse<String> redirect = post("/services/oauth2/authorize/consent",
                Map.of("ticket", ticketIn(consentPage), "decision", "allow"));
        URI back = URI.create(redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect after consent: " + redirect.statusCode())));
        return queryOf(back);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(loginHost.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the authorize pages did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String ticketIn(String page) {
        Matcher matcher = TICKET.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no ticket on the page: " + page);
        }
        return matcher.group(1);
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return values;
    }
}
