package com.tasksync.system;

import java.util.List;

/** Reads numeric query parameters such as {@code page} and {@code size}, naming the bad ones. */
public final class QueryParameters {

    private QueryParameters() {}

    public static int wholeNumber(
            String name, String value, int fallback, int min, int max, List<FieldProblem> problems) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            var number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        problems.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
