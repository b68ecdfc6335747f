package com.tasksync.salesforce.client.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Salesforce record: its type and field values over the record's JSON, with getters that
 * read Salesforce's date and datetime formats. Writes set fields with {@link #with}; the
 * {@code attributes} block of query results is kept but never sent as a field.
 */
public final class SObject {

    private static final String ATTRIBUTES = "attributes";

    private final ObjectNode json;

    private SObject(ObjectNode json) {
        this.json = json;
    }

    /** A new record of the given type, for create or upsert. */
    public static SObject of(String type) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putObject(ATTRIBUTES).put("type", type);
        return new SObject(json);
    }

    /** A record for update: type and Id. */
    public static SObject of(String type, String id) {
        return of(type).with("Id", id);
    }

    /** Wraps a record as Salesforce returned it; the node is used as is, not copied. */
    public static SObject from(JsonNode json) {
        if (!(json instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a record is a JSON object, got " + json.getNodeType());
        }
        return new SObject(object);
    }

    public String type() {
        return json.path(ATTRIBUTES).path("type").asString(null);
    }

    /** The record's Id; a record read with a field list may carry it only in {@code attributes.url}. */
    public String id() {
        String id = string("Id");
        if (id != null) {
            return id;
        }
        String url = json.path(ATTRIBUTES).path("url").asString(null);
        return url == null ? null : url.substring(url.lastIndexOf('/') + 1);
    }

    public boolean has(String field) {
        return json.has(field);
    }

    public String string(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public LocalDate date(String field) {
        String text = string(field);
        return text == null ? null : SalesforceDateTimes.parseDate(text);
    }

    public Instant dateTime(String field) {
        String text = string(field);
        return text == null ? null : SalesforceDateTimes.parseDateTime(text);
    }

    public Boolean bool(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    public BigDecimal decimal(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    /** A parent record returned through a relationship ({@code Owner.Name}), if present. */
    public Optional<SObject> related(String relationship) {
        JsonNode value = json.get(relationship);
        return value instanceof ObjectNode object ? Optional.of(new SObject(object)) : Optional.empty();
    }

    /** The field names of this record, without {@code attributes}. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(json.propertyNames());
        names.remove(ATTRIBUTES);
        return names;
    }

    /** Sets a field; values may be String, Boolean, Number, LocalDate, Instant or null (clears the field). */
    public SObject with(String field, Object value) {
        if (value == null) {
            json.putNull(field);
        } else if (value instanceof String text) {
            json.put(field, text);
        } else if (value instanceof Boolean flag) {
            json.put(field, flag);
        } else if (value instanceof BigDecimal number) {
            json.put(field, number);
        } else if (value instanceof Number number) {
            json.put(field, new BigDecimal(number.toString()));
        } else if (value instanceof LocalDate date) {
            json.put(field, SalesforceDateTimes.formatDate(date));
        } else if (value instanceof Instant instant) {
            json.put(field, SalesforceDateTimes.formatDateTime(instant));
        } else {
            throw new IllegalArgumentException("unsupported value type for " + field + ": " + value.getClass());
        }
        return this;
    }

    public SObject without(String field) {
        json.remove(field);
        return this;
    }

    /** The record's JSON as received or built, attributes included. */
    public ObjectNode json() {
        return json;
    }

    /** The fields to send in a single-record write: no attributes and none of the named fields. */
    public ObjectNode fieldsExcept(String... excluded) {
        ObjectNode body = json.deepCopy();
        body.remove(ATTRIBUTES);
        for (String field : excluded) {
            body.remove(field);
        }
        return body;
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
