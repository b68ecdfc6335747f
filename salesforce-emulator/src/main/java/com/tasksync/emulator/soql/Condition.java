package com.tasksync.emulator.soql;

import java.util.List;
import java.util.Map;

/** A compiled WHERE clause or part of it, tested against one record. */
@FunctionalInterface
interface Condition {

    Condition ALWAYS = (record, context) -> true;

    boolean test(Map<String, Object> record, SoqlContext context);

    static Condition all(List<Condition> parts) {
        Condition[] array = parts.toArray(Condition[]::new);
        return (record, context) -> {
            for (Condition part : array) {
                if (!part.test(record, context)) {
                    return false;
                }
            }
            return true;
        };
    }

    static Condition any(List<Condition> parts) {
        Condition[] array = parts.toArray(Condition[]::new);
        return (record, context) -> {
            for (Condition part : array) {
                if (part.test(record, context)) {
                    return true;
                }
            }
            return false;
        };
    }

    static Condition not(Condition inner) {
        return (record, context) -> !inner.test(record, context);
    }
}
