package com.tasksync.torture.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a browser would send from a plain HTML page: the hidden inputs of a form and its
 * action; encodes form bodies. Enough for the sign-in and OAuth pages, which use no script.
 */
public final class HtmlForms {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private HtmlForms() {
    }

    public static Map<String, String> hiddenInputs(String html) {
        var inputs = new LinkedHashMap<String, String>();
        Matcher matcher = INPUT.matcher(html);
        while (matcher.find()) {
            var tag = matcher.group();
            if ("hidden".equalsIgnoreCase(attribute(tag, "type"))) {
                inputs.put(attribute(tag, "name"), unescape(attribute(tag, "value")));
            }
        }
        return inputs;
    }

    public static String formAction(String html) {
        var matcher = FORM.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no form in page: " + html.substring(0, Math.min(400, html.length())));
        }
        return unescape(attribute(matcher.group(), "action"));
    }

    public static byte[] encode(Map<String, String> fields) {
        var body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String attribute(String tag, String name) {
        var matcher = Pattern.compile("\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
                .matcher(tag);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    }

    private static String unescape(String text) {
        return text == null ? null : text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
