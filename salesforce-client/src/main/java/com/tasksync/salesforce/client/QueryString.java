package com.tasksync.salesforce.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Percent-encoding of query-string values (spaces as {@code %20}) and checks of what goes into a path. */
final class QueryString {

    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private QueryString() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A record id for a path or an id list: 15 or 18 letters and digits, nothing that could change the URL. */
    static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Salesforce id: " + id);
        }
        return id;
    }

    /** An sObject or field API name for a path: letters, digits and underscores. */
    static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Salesforce API name: " + name);
        }
        return name;
    }
}
