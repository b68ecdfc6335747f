package com.tasksync.emulator.soql;

/**
 * A LIKE pattern compiled once: % matches any run of characters, _ exactly one; matching ignores
 * case, as Salesforce does, and allocates nothing per record.
 */
final class LikeMatcher {

    private static final byte LITERAL = 0;
    private static final byte ONE = 1;
    private static final byte MANY = 2;

    private final char[] chars;
    private final byte[] kinds;

    /** From the flagged form of {@link StringLiteral#decode(Token, SoqlErrors, boolean)}. */
    LikeMatcher(String flagged) {
        int n = flagged.length() / 2;
        chars = new char[n];
        kinds = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = flagged.charAt(2 * i + 1);
            boolean wildcard = flagged.charAt(2 * i) == StringLiteral.WILDCARD_FLAG;
            chars[i] = c;
            kinds[i] = !wildcard ? LITERAL : c == '%' ? MANY : ONE;
        }
    }

    boolean matches(String s) {
        int n = chars.length;
        int si = 0;
        int pi = 0;
        int starP = -1;
        int starS = 0;
        while (si < s.length()) {
            if (pi < n && (kinds[pi] == ONE || (kinds[pi] == LITERAL && sameIgnoringCase(chars[pi], s.charAt(si))))) {
                si++;
                pi++;
            } else if (pi < n && kinds[pi] == MANY) {
                starP = pi++;
                starS = si;
            } else if (starP >= 0) {
                pi = starP + 1;
                si = ++starS;
            } else {
                return false;
            }
        }
        while (pi < n && kinds[pi] == MANY) {
            pi++;
        }
        return pi == n;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }
}
