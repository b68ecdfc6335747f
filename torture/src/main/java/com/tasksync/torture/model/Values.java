package com.tasksync.torture.model;

/** Short, readable forms of field values for violation messages. */
public final class Values {

    private Values() {
    }

    public static String show(String value) {
        if (value == null) {
            return "null";
        }
        var printable = new StringBuilder();
        value.codePoints().limit(60).forEach(c -> printable.append(Character.isISOControl(c) || c == 0xFFFD
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        var length = value.codePointCount(0, value.length());
        return "\"" + printable + (length > 60 ? "…\" (" + length + " chars)" : "\"");
    }
}
