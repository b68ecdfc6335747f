package com.tasksync.mapping;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which TaskSync who/what references are Salesforce record ids that fit WhoId and WhatId,
 * decided by the id's shape and its three-character key prefix (003 contact, 00Q lead for who).
 */
public final class SalesforceReferences {

    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}|[a-zA-Z0-9]{18}");
    private static final Set<String> WHO_PREFIXES = Set.of("003", "00Q");
    private static final Set<String> NEVER_WHAT = Set.of("003", "00Q", "005", "00G", "00T", "00U", "00D");

    private SalesforceReferences() {
    }

    public static boolean isWhoId(String value) {
        return isId(value) && WHO_PREFIXES.contains(value.substring(0, 3));
    }

    public static boolean isWhatId(String value) {
        return isId(value) && !NEVER_WHAT.contains(value.substring(0, 3));
    }

    private static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }
}
