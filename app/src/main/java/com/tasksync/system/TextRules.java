package com.tasksync.system;

/**
 * The rules every stored string obeys, whether it came as JSON or from a form: a length in
 * characters (code points, not UTF-16 units), no control characters (a multi-line text may
 * hold line breaks and tabs), and well-formed Unicode, which PostgreSQL insists on.
 */
public final class TextRules {

    private TextRules() {}

    /** Returns what is wrong with the value, or null when it is fine. */
    public static String problemWith(String value, int maxCharacters, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains invalid Unicode";
            } else if (Character.getType(c) == Character.CONTROL && !(multiline && isLayout(c))) {
                return "must not contain control characters";
            }
        }
        if (value.codePointCount(0, value.length()) > maxCharacters) {
            return "must be at most " + maxCharacters + " characters";
        }
        return null;
    }

    private static boolean isLayout(char c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
