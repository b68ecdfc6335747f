package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.SObjectType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** The result of compiling a statement: immutable and safe to run from several threads at once. */
record CompiledQuery(
        SObjectType from,
        List<String> fields,
        boolean countOnly,
        Condition where,
        Comparator<Map<String, Object>> ordering,
        Paging paging,
        List<Relationship> relationships,
        Map<String, Set<Object>> required) implements SoqlQuery {

    /** LIMIT and OFFSET. */
    record Paging(OptionalInt limit, OptionalInt offset) {
    }

    @Override
    public boolean matches(Map<String, Object> record, SoqlContext context) {
        return where.test(record, context);
    }

    @Override
    public OptionalInt limit() {
        return paging.limit();
    }

    @Override
    public OptionalInt offset() {
        return paging.offset();
    }

    @Override
    public Set<Object> requiredValues(String field) {
        return required.get(field);
    }
}
