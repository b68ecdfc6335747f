package com.tasksync.emulator.data;

import com.tasksync.emulator.soql.Relationship;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record's values seen by a query that reads through parent relationships: a name such as
 * {@code PermissionSet.Name} answers the field of the row that the lookup points to (null when the
 * lookup is empty); other names answer the record's own values.
 */
final class RelatedValues extends AbstractMap<String, Object> {

    private final Map<String, Object> values;
    private final List<Relationship> relationships;
    private final OrgData data;

    RelatedValues(Map<String, Object> values, List<Relationship> relationships, OrgData data) {
        this.values = values;
        this.relationships = relationships;
        this.data = data;
    }

    @Override
    public Object get(Object key) {
        String name = (String) key;
        int dot = name.indexOf('.');
        if (dot < 0) {
            return values.get(name);
        }
        Row parent = parent(name.substring(0, dot));
        return parent == null ? null : parent.get(name.substring(dot + 1));
    }

    /** The parent row through the named relationship, or null when the lookup is empty or names no live row. */
    Row parent(String relationship) {
        for (Relationship r : relationships) {
            if (r.name().equals(relationship)) {
                Object id = values.get(r.idField());
                Row row = id == null ? null : data.store(r.target()).get((String) id);
                return row == null || row.deleted() ? null : row;
            }
        }
        return null;
    }

    /** The name of the type a relationship leads to. */
    String targetName(String relationship) {
        for (Relationship r : relationships) {
            if (r.name().equals(relationship)) {
                return r.target().name();
            }
        }
        throw new IllegalArgumentException("no relationship " + relationship);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }
}
