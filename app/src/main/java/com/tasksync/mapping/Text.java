package com.tasksync.mapping;

/** Length limits counted in characters (code points), as both sides count them. */
final class Text {

    private Text() {
    }

    static String cut(String value, int maxCharacters) {
        if (value == null || value.codePointCount(0, value.length()) <= maxCharacters) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxCharacters));
    }
}
