package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Response;

/** The plain HTML of the login, consent and error pages; every echoed value goes through {@link #escape}. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static Response page(int status, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body><main>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</main></body></html>\n";
        // No form-action: browsers apply it to the redirect after the consent post, which leaves for the client's callback.
        return Response.html(status, html)
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    }

    static Response login(String ticket, String username, String error) {
        String message = error == null ? "" : "<p id=\"error\" role=\"alert\">" + escape(error) + "</p>\n";
        return page(200, "Login | Salesforce Emulator", message
                + "<form id=\"login_form\" method=\"post\" action=\"/services/oauth2/authorize\">\n"
                + "<input type=\"hidden\" name=\"ticket\" value=\"" + escape(ticket) + "\">\n"
                + "<label for=\"username\">Username</label> <input id=\"username\" name=\"username\" type=\"email\" value=\""
                + escape(username) + "\" autocomplete=\"username\">\n"
                + "<label for=\"password\">Password</label> <input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"current-password\">\n"
                + "<input id=\"Login\" type=\"submit\" value=\"Log In\">\n</form>");
    }

    static Response consent(String ticket, String appName, String username, String scope) {
        return page(200, "Allow Access?", "<p id=\"consent\"><b>" + escape(appName) + "</b> is asking to access "
                + escape(username) + "'s data (" + escape(scope) + ").</p>\n"
                + "<form id=\"consent_form\" method=\"post\" action=\"/services/oauth2/authorize/consent\">\n"
                + "<input type=\"hidden\" name=\"ticket\" value=\"" + escape(ticket) + "\">\n"
                + "<button id=\"oaapprove\" name=\"decision\" value=\"allow\" type=\"submit\">Allow</button>\n"
                + "<button id=\"oadeny\" name=\"decision\" value=\"deny\" type=\"submit\">Deny</button>\n</form>");
    }

    static Response error(String code, String description) {
        return page(400, "OAuth Error", "<p id=\"error\"><code>" + escape(code) + "</code>: " + escape(description) + "</p>");
    }
}
