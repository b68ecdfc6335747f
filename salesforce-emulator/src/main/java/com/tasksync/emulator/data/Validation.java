package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.org.SalesforceIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Salesforce's checks on a record write, in its order: the body's fields exist and may be
 * written, their values parse; then required fields, lengths, restricted picklists, references
 * and unique external IDs. Each failure is the errorCode and message Salesforce uses.
 */
final class Validation {

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final OrgData data;

    Validation(OrgData data) {
        this.data = data;
    }

    /** The body's values by canonical field name, with reference ids in their 18-character form. */
    Map<String, Object> parseBody(SObjectType type, JsonNode body, boolean insert, boolean audit) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "JSON_PARSER_ERROR",
                    "Cannot deserialize instance of " + type.name() + " from " + (body != null && body.isArray()
                            ? "START_ARRAY" : "VALUE_STRING") + " value or request may be missing a required field");
        }
        Map<String, Object> out = new HashMap<>();
        List<String> locked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            String name = e.getKey();
            if (name.equals("attributes")) {
                continue;
            }
            FieldDef field = type.field(name);
            if (field == null) {
                throw ApiException.badRequest("INVALID_FIELD",
                        "No such column '" + name + "' on sobject of type " + type.name());
            }
            if (field.name().equals("Id")) {
                continue;
            }
            boolean allowed = insert ? field.createable() || (audit && StandardObjects.AUDIT_FIELDS.contains(field.name()))
                    : field.updateable();
            if (!allowed) {
                locked.add(field.name());
                continue;
            }
            out.put(field.name(), value(field, e.getValue()));
        }
        if (!locked.isEmpty()) {
            throw new ApiException(400, "INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: "
                    + String.join(", ", locked) + ". Please check the security settings of this field and verify that"
                    + " it is read/write for your profile or permission set.", locked);
        }
        return out;
    }

    private static Object value(FieldDef field, JsonNode node) {
        Object value = FieldValues.parse(field, node);
        if (value == null && field.type() == FieldType.BOOLEAN) {
            return Boolean.FALSE;
        }
        if (value != null && field.type() == FieldType.REFERENCE) {
            String id = SalesforceIds.canonical((String) value);
            if (id == null) {
                throw ApiException.badRequest("MALFORMED_ID", field.label() + ": id value of incorrect type: " + value,
                        field.name());
            }
            return id;
        }
        return value;
    }

    void check(SObjectType type, Row before, Map<String, Object> values, Set<String> given) {
        List<String> missing = new ArrayList<>();
        for (FieldDef f : type.fields()) {
            boolean relevant = before == null ? f.createable() || StandardObjects.AUDIT_FIELDS.contains(f.name())
                    : given.contains(f.name());
            if (!f.nillable() && relevant && values.get(f.name()) == null && !f.name().equals("Id")) {
                missing.add(f.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing, missing);
        }
        for (String name : given) {
            FieldDef f = type.field(name);
            Object value = values.get(name);
            if (value == null) {
                continue;
            }
            if (f.type().textual() && f.type() != FieldType.REFERENCE && ((String) value).length() > f.length()) {
                throw ApiException.badRequest("STRING_TOO_LONG", f.label() + ": data value too large: " + value
                        + " (max length=" + f.length() + ")", f.name());
            }
            if (f.type() == FieldType.EMAIL && !EMAIL.matcher((String) value).matches()) {
                throw ApiException.badRequest("INVALID_EMAIL_ADDRESS", f.label() + ": invalid email address: " + value,
                        f.name());
            }
            if (f.restrictedPicklist() && !f.picklistValues().contains(value)) {
                throw ApiException.badRequest("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                        f.label() + ": bad value for restricted picklist field: " + value, f.name());
            }
            if (f.type() == FieldType.REFERENCE) {
                reference(f, (String) value);
            }
            if (f.externalId() && f.unique()) {
                for (Row other : data.store(type).byExternalId(f, value.toString())) {
                    if (before == null || !other.id().equals(before.id())) {
                        throw ApiException.badRequest("DUPLICATE_VALUE", "duplicate value found: " + f.name()
                                + " duplicates value on record with id: " + other.id(), f.name());
                    }
                }
            }
        }
    }

    private void reference(FieldDef field, String id) {
        SObjectType target = data.schema().typeOfId(id);
        if (target == null || !field.referenceTo().contains(target.name())) {
            throw ApiException.badRequest("FIELD_INTEGRITY_EXCEPTION",
                    field.label() + ": id value of incorrect type: " + id, field.name());
        }
        Row row = data.store(target).get(id);
        if (row == null) {
            throw ApiException.badRequest("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
        }
        if (row.deleted()) {
            throw new ApiException(400, "ENTITY_IS_DELETED", "entity is deleted", List.of(field.name()));
        }
    }
}
