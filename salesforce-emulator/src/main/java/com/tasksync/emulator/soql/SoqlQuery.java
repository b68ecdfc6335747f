package com.tasksync.emulator.soql;

import com.tasksync.emulator.data.SObjectType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A checked SOQL statement, ready to run over records held as maps from canonical field name
 * to value (value types as {@link com.tasksync.emulator.data.FieldDef} says).
 */
public interface SoqlQuery {

    SObjectType from();

    /** Canonical field names in SELECT order; empty for {@code SELECT COUNT()}. */
    List<String> fields();

    boolean countOnly();

    boolean matches(Map<String, Object> record, SoqlContext context);

    /** The ORDER BY ordering, or null when the statement has none. */
    Comparator<Map<String, Object>> ordering();

    OptionalInt limit();

    OptionalInt offset();
}
