package com.tasksync.emulator.data;

import java.util.List;

/**
 * One field of an sObject type, with what describe reports and validation enforces. Values in
 * records are Java types by field type: String (textual types), Boolean, Integer (int),
 * Double (double, currency, percent), java.time.LocalDate (date), java.time.Instant (datetime).
 */
public record FieldDef(
        String name,
        String label,
        FieldType type,
        int length,
        boolean nillable,
        boolean createable,
        boolean updateable,
        boolean externalId,
        boolean custom,
        List<String> picklistValues,
        boolean restrictedPicklist,
        List<String> referenceTo,
        Object defaultValue) {

    public FieldDef {
        picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
        referenceTo = referenceTo == null ? List.of() : List.copyOf(referenceTo);
    }

    public boolean readOnly() {
        return !createable && !updateable;
    }
}
