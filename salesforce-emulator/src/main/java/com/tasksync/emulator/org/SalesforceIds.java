package com.tasksync.emulator.org;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Salesforce record IDs: 15 base-62 characters (3 of key prefix, 2 of instance, 10 of
 * sequence), and the 18-character case-safe form whose last 3 characters record which of
 * each 5-character chunk are upper case.
 */
public final class SalesforceIds {

    private static final String SUFFIX_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String INSTANCE = "5g";

    private final AtomicLong sequence;

    public SalesforceIds(long start) {
        this.sequence = new AtomicLong(start);
    }

    /** A fresh 18-character ID with the given 3-character key prefix. */
    public String next(String keyPrefix) {
        long n = sequence.getAndAdd(7919);
        char[] digits = new char[10];
        for (int i = digits.length - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (n % 62));
            n /= 62;
        }
        return to18(keyPrefix + INSTANCE + new String(digits));
    }

    public static String to18(String id15) {
        StringBuilder out = new StringBuilder(18).append(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            out.append(SUFFIX_MAP.charAt(bits));
        }
        return out.toString();
    }

    /**
     * The canonical 18-character form of a 15- or 18-character ID, or null when the text is not
     * a well-formed ID (wrong length, a character outside base 62, or a suffix that does not
     * match the case of the first 15 characters).
     */
    public static String canonical(String id) {
        if (id == null || (id.length() != 15 && id.length() != 18)) {
            return null;
        }
        for (int i = 0; i < 15; i++) {
            if (BASE62.indexOf(id.charAt(i)) < 0) {
                return null;
            }
        }
        String full = to18(id.substring(0, 15));
        if (id.length() == 18 && !full.substring(15).equalsIgnoreCase(id.substring(15))) {
            return null;
        }
        return full;
    }

    public static String keyPrefix(String id) {
        return id.substring(0, 3);
    }

    public static String to15(String id) {
        return id.substring(0, 15);
    }
}
