package com.tasksync.emulator.soql;

import com.tasksync.emulator.data.SObjectType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The result of compiling a statement: immutable and safe to run from several threads at once. */
record CompiledQuery(
        SObjectType from,
        List<String> fields,
        boolean countOnly,
        Condition where,
        Comparator<Map<String, Object>> ordering,
        OptionalInt limit,
        OptionalInt offset) implements SoqlQuery {

    @Override
    public boolean matches(Map<String, Object> record, SoqlContext context) {
        return where.test(record, context);
    }
}
