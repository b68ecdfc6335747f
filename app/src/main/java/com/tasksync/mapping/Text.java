package com.tasksync.mapping;

/** Text as TaskSync can hold it: lengths counted in characters (code points), as both sides count them, and only characters PostgreSQL can store. */
public final class Text {

    /** Stands in for a character TaskSync cannot store. */
    public static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    static String cut(String value, int maxCharacters) {
        if (value == null || value.codePointCount(0, value.length()) <= maxCharacters) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxCharacters));
    }

    /**
     * The value with U+0000 (which PostgreSQL text and jsonb refuse) and unpaired surrogates (which
     * no UTF-8 can carry) replaced by U+FFFD; the same instance when nothing needed replacing.
     */
    public static String storable(String value) {
        if (value == null || isStorable(value)) {
            return value;
        }
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isStorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
