package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Create, update, delete and upsert of single records, validated as Salesforce does. Each method
 * runs inside the caller's {@link OrgData#write} and throws an {@link ApiException} carrying the
 * Salesforce error when the record is refused, before changing anything.
 */
public final class RecordWrites {

    private final OrgData data;
    private final Validation validation;

    public RecordWrites(OrgData data) {
        this.data = data;
        this.validation = new Validation(data);
    }

    /** Outcome of an upsert: the row written and whether it was inserted. */
    public record Upserted(Row row, boolean created) {
    }

    public Row insert(SObjectType type, JsonNode body, Writer writer) {
        requireTraits(type, data.traits(type).createable(), "create");
        if (body.has("Id") || body.has("id")) {
            throw ApiException.badRequest("INVALID_FIELD", "The Id field should not be specified in the sobject data.");
        }
        boolean audit = data.traits(type).auditFields() && data.org().settings().setAuditFields();
        Map<String, Object> given = validation.parseBody(type, body, true, audit);
        Instant stamp = data.nextStamp();
        Map<String, Object> values = new HashMap<>();
        for (FieldDef f : type.fields()) {
            values.put(f.name(), f.defaultValue());
        }
        values.putAll(given);
        String id = data.newId(type);
        values.put("Id", id);
        values.put("IsDeleted", type.field("IsDeleted") == null ? null : Boolean.FALSE);
        if (type.field("OwnerId") != null && values.get("OwnerId") == null && !given.containsKey("OwnerId")) {
            values.put("OwnerId", writer.userId());
        }
        Instant created = (Instant) given.getOrDefault("CreatedDate", stamp);
        values.put("CreatedDate", created);
        values.put("CreatedById", given.getOrDefault("CreatedById", writer.userId()));
        values.put("LastModifiedDate", given.getOrDefault("LastModifiedDate", created));
        values.put("LastModifiedById", given.getOrDefault("LastModifiedById", values.get("CreatedById")));
        values.put("SystemModstamp", stamp);
        Derived.apply(data, type, null, values, (Instant) values.get("LastModifiedDate"));
        validation.check(type, null, values, given.keySet());
        Row row = new Row(id, data.store(type).freeze(values), null, writer.client());
        data.apply(data.store(type), null, row);
        return row;
    }

    public Row update(SObjectType type, String id, JsonNode body, Writer writer) {
        requireTraits(type, data.traits(type).updateable(), "update");
        Row before = editable(type, id, writer);
        Map<String, Object> given = validation.parseBody(type, body, false, false);
        given.remove("Id");
        Instant stamp = data.nextStamp();
        Map<String, Object> values = new HashMap<>(before.values());
        values.putAll(given);
        values.put("LastModifiedDate", stamp);
        values.put("LastModifiedById", writer.userId());
        values.put("SystemModstamp", stamp);
        Derived.apply(data, type, before, values, stamp);
        validation.check(type, before, values, given.keySet());
        Row row = new Row(before.id(), data.store(type).freeze(values), null, writer.client());
        data.apply(data.store(type), before, row);
        return row;
    }

    public Row delete(SObjectType type, String id, Writer writer) {
        requireTraits(type, data.traits(type).deletable(), "delete");
        Row before = editable(type, id, writer);
        Instant stamp = data.nextStamp();
        Map<String, Object> values = new HashMap<>(before.values());
        values.put("IsDeleted", Boolean.TRUE);
        values.put("LastModifiedDate", stamp);
        values.put("LastModifiedById", writer.userId());
        values.put("SystemModstamp", stamp);
        Row row = new Row(before.id(), data.store(type).freeze(values), stamp, writer.client());
        data.apply(data.store(type), before, row);
        return row;
    }

    /**
     * Restores a record from the recycle bin, as a user does from the Recycle Bin page (the REST API
     * has no undelete): it is live again with its values, a new SystemModstamp and the restorer as
     * last modifier. A record that is live answers UNDELETE_FAILED; one never made or purged, NOT_FOUND;
     * a unique External ID that a live record took meanwhile, DUPLICATE_VALUE.
     */
    public Row undelete(SObjectType type, String id, Writer writer) {
        Row before = data.store(type).get(id);
        if (before == null) {
            throw ApiException.notFound();
        }
        if (!before.deleted()) {
            throw ApiException.badRequest("UNDELETE_FAILED", "Entity is not in the recycle bin");
        }
        Instant stamp = data.nextStamp();
        Map<String, Object> values = new HashMap<>(before.values());
        values.put("IsDeleted", Boolean.FALSE);
        values.put("LastModifiedDate", stamp);
        values.put("LastModifiedById", writer.userId());
        values.put("SystemModstamp", stamp);
        Set<String> unique = new HashSet<>();
        for (FieldDef f : type.fields()) {
            if (f.externalId() && f.unique() && values.get(f.name()) != null) {
                unique.add(f.name());
            }
        }
        validation.check(type, before, values, unique);
        Row row = new Row(before.id(), data.store(type).freeze(values), null, writer.client());
        data.apply(data.store(type), before, row);
        return row;
    }

    /**
     * Inserts or updates by an external ID value. Several matching rows: an ApiException 300 whose
     * message lists nothing; {@link #matches} gives the rows for the body.
     */
    public Upserted upsert(SObjectType type, FieldDef field, String value, JsonNode body, Writer writer) {
        List<Row> found = matches(type, field, value);
        if (found.size() > 1) {
            throw new ApiException(300, "MULTIPLE_CHOICES", "More than one record found for external id field "
                    + field.name() + " with value " + value);
        }
        JsonNode fields = withoutField(body, field.name());
        if (found.isEmpty()) {
            if (field.name().equals("Id")) {
                throw ApiException.notFound();
            }
            var copy = (tools.jackson.databind.node.ObjectNode) fields.deepCopy();
            copy.put(field.name(), value);
            return new Upserted(insert(type, copy, writer), true);
        }
        return new Upserted(update(type, found.get(0).id(), fields, writer), false);
    }

    public List<Row> matches(SObjectType type, FieldDef field, String value) {
        if (field.name().equals("Id")) {
            String id = com.tasksync.emulator.org.SalesforceIds.canonical(value);
            Row row = id == null ? null : data.store(type).get(id);
            return row == null || row.deleted() ? List.of() : List.of(row);
        }
        return data.store(type).byExternalId(field, value);
    }

    private static JsonNode withoutField(JsonNode body, String field) {
        if (!body.isObject()) {
            return body;
        }
        var copy = (tools.jackson.databind.node.ObjectNode) body.deepCopy();
        List<String> drop = new ArrayList<>();
        copy.propertyNames().forEach(n -> {
            if (n.equalsIgnoreCase(field)) {
                drop.add(n);
            }
        });
        drop.forEach(copy::remove);
        return copy;
    }

    /** The live row of that id, or ENTITY_IS_DELETED (recycle bin) / NOT_FOUND. */
    public Row existing(SObjectType type, String id) {
        Row row = data.store(type).get(id);
        if (row == null) {
            throw ApiException.notFound();
        }
        if (row.deleted()) {
            throw new ApiException(404, "ENTITY_IS_DELETED", "entity is deleted", List.of());
        }
        return row;
    }

    /**
     * The live row of that id as its reader may see it: NOT_FOUND also when sharing hides it, as a
     * retrieve answers, else ENTITY_IS_DELETED (recycle bin).
     */
    public Row visible(SObjectType type, String id, RecordAccess access) {
        Row row = data.store(type).get(id);
        if (row == null || !access.canRead(type, row)) {
            throw ApiException.notFound();
        }
        return existing(type, id);
    }

    /** The live row that the writer may change; a row it may not change is INSUFFICIENT_ACCESS_OR_READONLY. */
    private Row editable(SObjectType type, String id, Writer writer) {
        Row row = existing(type, id);
        if (!writer.access().canEdit(type, row)) {
            throw ApiException.badRequest("INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id");
        }
        return row;
    }

    private static void requireTraits(SObjectType type, boolean allowed, String operation) {
        if (!allowed) {
            throw ApiException.badRequest("INVALID_TYPE_FOR_OPERATION",
                    "entity type " + type.name() + " does not support " + operation);
        }
    }
}
