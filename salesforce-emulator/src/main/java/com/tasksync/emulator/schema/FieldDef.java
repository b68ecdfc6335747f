package com.tasksync.emulator.schema;

import java.util.List;

/**
 * One field of an sObject type, with what describe reports and validation enforces. Values in
 * records are Java types by field type: String (textual types), Boolean, Integer (int),
 * Double (double, currency, percent), java.time.LocalDate (date), java.time.Instant (datetime).
 * {@code unique} and {@code relationshipName} came later; the thirteen-argument constructor
 * leaves them off.
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
        Object defaultValue,
        boolean unique,
        String relationshipName) {

    public FieldDef {
        picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
        referenceTo = referenceTo == null ? List.of() : List.copyOf(referenceTo);
    }

    public FieldDef(String name, String label, FieldType type, int length, boolean nillable, boolean createable,
            boolean updateable, boolean externalId, boolean custom, List<String> picklistValues,
            boolean restrictedPicklist, List<String> referenceTo, Object defaultValue) {
        this(name, label, type, length, nillable, createable, updateable, externalId, custom, picklistValues,
                restrictedPicklist, referenceTo, defaultValue, false, null);
    }

    public boolean readOnly() {
        return !createable && !updateable;
    }

    /** A value must be given on create: not nillable, createable and nothing fills it in. */
    public boolean requiredOnCreate() {
        return !nillable && createable && defaultValue == null && type != FieldType.BOOLEAN;
    }
}
