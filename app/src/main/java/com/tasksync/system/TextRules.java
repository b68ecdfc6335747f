package com.tasksync.system;

/**
 * The rules every string a user types obeys, whether it came as JSON or from a form: a length in
 * characters (code points, not UTF-16 units), no control characters (a multi-line text may hold
 * line breaks and tabs), no bidirectional controls (they make {@code invoice ‮gpj.exe} read as
 * {@code invoice exe.jpg}), and well-formed Unicode, which PostgreSQL insists on.
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
            } else if (isBidiControl(c)) {
                return String.format("must not contain bidirectional control characters (found U+%04X)", (int) c);
            }
        }
        if (value.codePointCount(0, value.length()) > maxCharacters) {
            return "must be at most " + maxCharacters + " characters";
        }
        return null;
    }

    /** The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks LRM, RLM and ALM. */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    private static boolean isLayout(char c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
