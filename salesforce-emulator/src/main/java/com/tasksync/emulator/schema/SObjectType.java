package com.tasksync.emulator.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An sObject type of an org: name, key prefix and fields, looked up case-insensitively as SOQL and REST do. */
public final class SObjectType {

    private final String name;
    private final String label;
    private final String labelPlural;
    private final String keyPrefix;
    private final boolean custom;
    private volatile Map<String, FieldDef> fields = new LinkedHashMap<>();

    public SObjectType(String name, String label, String labelPlural, String keyPrefix, boolean custom, List<FieldDef> fields) {
        this.name = name;
        this.label = label;
        this.labelPlural = labelPlural;
        this.keyPrefix = keyPrefix;
        this.custom = custom;
        fields.forEach(this::addField);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public String labelPlural() {
        return labelPlural;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public boolean custom() {
        return custom;
    }

    public Collection<FieldDef> fields() {
        return fields.values();
    }

    /** The field of that name in any letter case, or null. */
    public FieldDef field(String name) {
        return name == null ? null : fields.get(name.toLowerCase(Locale.ROOT));
    }

    /** Adds a field; readers iterating the fields meanwhile keep seeing the previous set. */
    public synchronized void addField(FieldDef field) {
        Map<String, FieldDef> copy = new LinkedHashMap<>(fields);
        copy.put(field.name().toLowerCase(Locale.ROOT), field);
        fields = copy;
    }
}
