package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.SObjectType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A checked SOQL statement, ready to run over records held as maps from canonical field name
 * to value (value types as {@link com.tasksync.emulator.schema.FieldDef} says).
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

    /**
     * The parent relationships that selected or filtered fields read through; a record passed to
     * {@link #matches} and {@link #ordering} must answer {@code Relationship.Field} names for them.
     */
    List<Relationship> relationships();

    /**
     * The values that a field must hold for a record to match, when the WHERE clause requires it
     * at its top level ({@code Field = 'x'} or {@code Field IN ('x','y')} joined by AND), else null.
     * Id values are given as their first 15 characters.
     */
    java.util.Set<Object> requiredValues(String field);
}
