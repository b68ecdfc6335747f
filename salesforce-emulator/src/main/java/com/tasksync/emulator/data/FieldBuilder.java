package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.FieldDef;
import java.util.List;

/**
 * Builds a {@link FieldDef} in a readable way: {@code FieldBuilder.text("Subject", 255).label("Subject").build()}.
 * Fields start createable, updateable and nillable; system fields call {@link #readOnly()}.
 */
public final class FieldBuilder {

    private final String name;
    private final FieldType type;
    private String label;
    private int length;
    private boolean nillable = true;
    private boolean createable = true;
    private boolean updateable = true;
    private boolean externalId;
    private boolean unique;
    private List<String> picklist = List.of();
    private boolean restricted;
    private List<String> referenceTo = List.of();
    private String relationshipName;
    private Object defaultValue;

    private FieldBuilder(String name, FieldType type) {
        this.name = name;
        this.type = type;
        this.label = name;
    }

    public static FieldBuilder of(String name, FieldType type) {
        return new FieldBuilder(name, type);
    }

    public static FieldBuilder text(String name, int length) {
        return of(name, FieldType.STRING).length(length);
    }

    public static FieldBuilder picklist(String name, String... values) {
        return of(name, FieldType.PICKLIST).length(255).values(values);
    }

    public static FieldBuilder reference(String name, String relationshipName, String... targets) {
        FieldBuilder b = of(name, FieldType.REFERENCE).length(18);
        b.referenceTo = List.of(targets);
        b.relationshipName = relationshipName;
        return b;
    }

    public static FieldBuilder bool(String name) {
        return of(name, FieldType.BOOLEAN).required().defaultValue(Boolean.FALSE);
    }

    public FieldBuilder label(String value) {
        label = value;
        return this;
    }

    public FieldBuilder length(int value) {
        length = value;
        return this;
    }

    public FieldBuilder required() {
        nillable = false;
        return this;
    }

    public FieldBuilder readOnly() {
        createable = false;
        updateable = false;
        return this;
    }

    public FieldBuilder createOnly() {
        updateable = false;
        return this;
    }

    public FieldBuilder externalId(boolean isUnique) {
        externalId = true;
        unique = isUnique;
        return this;
    }

    public FieldBuilder values(String... values) {
        picklist = List.of(values);
        return this;
    }

    public FieldBuilder restricted() {
        restricted = true;
        return this;
    }

    public FieldBuilder defaultValue(Object value) {
        defaultValue = value;
        return this;
    }

    public FieldDef build() {
        boolean custom = name.endsWith("__c");
        return new FieldDef(name, label, type, length, nillable, createable, updateable, externalId, custom, picklist,
                restricted, referenceTo, defaultValue, unique, relationshipName);
    }
}
