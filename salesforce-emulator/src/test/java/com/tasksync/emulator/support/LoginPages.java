package com.tasksync.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks the emulator's authorize pages over HTTP as a browser would: login form, credentials, consent. */
public final class LoginPages {

    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

    private final HttpCalls http;

    public LoginPages(HttpCalls http) {
        this.http = http;
    }

    public static String ticket(String html) {
        Matcher m = TICKET.matcher(html);
        assertThat(m.find()).as("page carries a ticket: %s", html).isTrue();
        return m.group(1);
    }

    /** Logs in and answers "Allow" or "Deny"; returns the redirect response of the consent page. */
    public HttpResponse<String> authorize(Map<String, String> query, String username, String password, boolean allow)
            throws IOException {
        HttpResponse<String> loginPage = http.get("/services/oauth2/authorize?" + HttpCalls.form(query));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        HttpResponse<String> consentPage = http.postForm("/services/oauth2/authorize",
                Map.of("ticket", ticket(loginPage.body()), "username", username, "password", password));
        assertThat(consentPage.body()).contains("id=\"oaapprove\"");
        return http.postForm("/services/oauth2/authorize/consent",
                Map.of("ticket", ticket(consentPage.body()), "decision", allow ? "allow" : "deny"));
    }

    public static Map<String, String> queryOf(String location) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = URI.create(location).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }
}
