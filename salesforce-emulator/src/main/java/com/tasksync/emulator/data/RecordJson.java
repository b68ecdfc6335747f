package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Response;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes records as the REST API returns them: an {@code attributes} object with type and URL,
 * then the fields in order, dates and datetimes in Salesforce's formats. Streams straight to
 * bytes, so a 2,000-record page is never a tree in memory.
 */
final class RecordJson {

    private RecordJson() {
    }

    static Response response(int status, Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            body.accept(g);
        }
        return new Response(status, Response.JSON, out.toByteArray());
    }

    static void write(JsonGenerator g, SObjectType type, Row row, List<String> fields, String apiPath) {
        g.writeStartObject();
        g.writeName("attributes");
        g.writeStartObject();
        g.writeStringProperty("type", type.name());
        g.writeStringProperty("url", apiPath + "/sobjects/" + type.name() + "/" + row.id());
        g.writeEndObject();
        for (String name : fields) {
            FieldDef field = type.field(name);
            String canonical = field == null ? name : field.name();
            g.writeName(canonical);
            value(g, row.get(canonical));
        }
        g.writeEndObject();
    }

    /**
     * Writes a query record whose fields include {@code Relationship.Field} names: each relationship
     * becomes a nested record (or null when its lookup is empty) where its first field was selected.
     */
    static void writeRelated(JsonGenerator g, SObjectType type, RelatedValues values, Row row, List<String> fields,
            String apiPath) {
        g.writeStartObject();
        g.writeName("attributes");
        g.writeStartObject();
        g.writeStringProperty("type", type.name());
        g.writeStringProperty("url", apiPath + "/sobjects/" + type.name() + "/" + row.id());
        g.writeEndObject();
        java.util.Set<String> written = new java.util.HashSet<>();
        for (String name : fields) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                g.writeName(name);
                value(g, row.get(name));
                continue;
            }
            String relationship = name.substring(0, dot);
            if (!written.add(relationship)) {
                continue;
            }
            g.writeName(relationship);
            Row parent = values.parent(relationship);
            if (parent == null) {
                g.writeNull();
                continue;
            }
            String parentType = values.targetName(relationship);
            g.writeStartObject();
            g.writeName("attributes");
            g.writeStartObject();
            g.writeStringProperty("type", parentType);
            g.writeStringProperty("url", apiPath + "/sobjects/" + parentType + "/" + parent.id());
            g.writeEndObject();
            for (String other : fields) {
                if (other.startsWith(relationship + ".")) {
                    g.writeName(other.substring(dot + 1));
                    value(g, parent.get(other.substring(dot + 1)));
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void value(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof Instant instant) {
            g.writeString(FieldValues.DATETIME_OUT.format(instant));
        } else {
            g.writeString(value.toString());
        }
    }

    static List<String> allFields(SObjectType type) {
        return type.fields().stream().map(FieldDef::name).toList();
    }
}
