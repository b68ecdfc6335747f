package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldDef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The rows of one sObject type in one org, with the indexes the API needs: live rows by
 * SystemModstamp (getUpdated), recycle-bin rows by deletion time (getDeleted, purge), and live rows
 * by external ID value (upsert, uniqueness). Changed only under the org's write lock.
 */
final class TypeStore {

    private final SObjectType type;
    private final Map<String, Row> rows = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, String> liveByStamp = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, String> binByDeletion = new ConcurrentSkipListMap<>();
    private final Map<String, Map<String, Set<String>>> externalIds = new ConcurrentHashMap<>();
    private final FieldSlots slots;
    private volatile Instant lastPurged;

    TypeStore(SObjectType type) {
        this.type = type;
        this.slots = new FieldSlots(type);
    }

    /** The values frozen as this type's rows hold them. */
    Map<String, Object> freeze(Map<String, Object> values) {
        return slots.freeze(values);
    }

    SObjectType type() {
        return type;
    }

    Row get(String id) {
        return rows.get(id);
    }

    Collection<Row> rows() {
        return rows.values();
    }

    int size() {
        return rows.size();
    }

    /** Replaces {@code before} by {@code after} (either may be null) and keeps the indexes in step. */
    void replace(Row before, Row after) {
        if (before != null) {
            unindex(before);
        }
        if (after == null) {
            if (before != null) {
                rows.remove(before.id());
            }
            return;
        }
        rows.put(after.id(), after);
        if (after.deleted()) {
            binByDeletion.put(after.deletedAt().toEpochMilli(), after.id());
        } else {
            liveByStamp.put(after.systemModstamp().toEpochMilli(), after.id());
            for (FieldDef field : type.fields()) {
                if (field.externalId() && after.get(field.name()) != null) {
                    externalIds.computeIfAbsent(key(field.name()), k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(key(after.get(field.name()).toString()), k -> ConcurrentHashMap.newKeySet())
                            .add(after.id());
                }
            }
        }
    }

    private void unindex(Row row) {
        if (row.deleted()) {
            binByDeletion.remove(row.deletedAt().toEpochMilli(), row.id());
            return;
        }
        liveByStamp.remove(row.systemModstamp().toEpochMilli(), row.id());
        externalIds.forEach((field, index) -> {
            FieldDef def = type.field(field);
            Object value = def == null ? null : row.get(def.name());
            if (value != null) {
                Set<String> ids = index.get(key(value.toString()));
                if (ids != null) {
                    ids.remove(row.id());
                    if (ids.isEmpty()) {
                        index.remove(key(value.toString()));
                    }
                }
            }
        });
    }

    /** Live rows whose external ID field holds the value, compared without regard to case. */
    List<Row> byExternalId(FieldDef field, String value) {
        Map<String, Set<String>> index = externalIds.get(key(field.name()));
        Set<String> ids = index == null ? null : index.get(key(value));
        List<Row> out = new ArrayList<>();
        if (ids != null) {
            ids.forEach(id -> out.add(rows.get(id)));
        }
        return out;
    }

    /** Ids of live rows whose SystemModstamp lies in [from, to]. */
    Collection<String> updatedBetween(Instant from, Instant to) {
        return liveByStamp.subMap(from.toEpochMilli(), true, to.toEpochMilli(), true).values();
    }

    /** Recycle-bin rows deleted in [from, to], by deletion time. */
    NavigableMap<Long, String> deletedBetween(Instant from, Instant to) {
        return binByDeletion.subMap(from.toEpochMilli(), true, to.toEpochMilli(), true);
    }

    /** Removes for good the rows that went to the recycle bin before {@code cutoff}; returns them. */
    List<Row> purgeDeletedBefore(Instant cutoff) {
        List<Row> purged = new ArrayList<>();
        Map.Entry<Long, String> first;
        while ((first = binByDeletion.firstEntry()) != null && first.getKey() < cutoff.toEpochMilli()) {
            Row row = rows.get(first.getValue());
            binByDeletion.remove(first.getKey());
            if (row != null) {
                rows.remove(row.id());
                purged.add(row);
                lastPurged = row.deletedAt();
            }
        }
        return purged;
    }

    /** When the last row of this type was removed for good, or null if none ever was. */
    Instant lastPurged() {
        return lastPurged;
    }

    void lastPurged(Instant value) {
        lastPurged = value;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
