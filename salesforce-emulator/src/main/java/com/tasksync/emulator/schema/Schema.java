package com.tasksync.emulator.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sObject types of one org, by name (any case) and by key prefix. */
public final class Schema {

    private final Map<String, SObjectType> byName = new ConcurrentHashMap<>();
    private final Map<String, SObjectType> byPrefix = new ConcurrentHashMap<>();

    public void add(SObjectType type) {
        byName.put(type.name().toLowerCase(Locale.ROOT), type);
        if (type.keyPrefix() != null) {
            byPrefix.put(type.keyPrefix(), type);
        }
    }

    /** The type of that name in any letter case, or null. */
    public SObjectType type(String name) {
        return name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
    }

    public SObjectType typeOfId(String id) {
        return id == null || id.length() < 3 ? null : byPrefix.get(id.substring(0, 3));
    }

    public Collection<SObjectType> types() {
        return byName.values();
    }
}
