package com.tasksync.salesforce.client.pubsub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * Decodes one change event payload with its Avro schema: the header with its bitmaps turned into
 * field names, and the non-null field values turned into Java types by the Salesforce type in each
 * field's {@code doc} ({@code Data:DateOnly} to LocalDate, {@code …:DateTime} to Instant).
 */
final class ChangeEventDecoder {

    private static final String HEADER = "ChangeEventHeader";

    private ChangeEventDecoder() {
    }

    static ChangeEvent decode(Schema schema, byte[] payload, ReplayId replayId, String eventId) {
        GenericRecord record;
        try {
            record = new GenericDatumReader<GenericRecord>(schema).read(null,
                    DecoderFactory.get().binaryDecoder(payload, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the change event with replay id " + replayId, e);
        }
        GenericRecord header = (GenericRecord) record.get(HEADER);
        Map<String, Object> fields = new HashMap<>();
        for (Schema.Field field : schema.getFields()) {
            Object value = record.get(field.pos());
            if (!field.name().equals(HEADER) && value != null) {
                fields.put(field.name(), javaValue(field, value));
            }
        }
        return new ChangeEvent(replayId, eventId, header(schema, header), fields);
    }

    private static ChangeEventHeader header(Schema schema, GenericRecord header) {
        return new ChangeEventHeader(
                text(header.get("entityName")),
                strings(header.get("recordIds")),
                ChangeType.valueOf(text(header.get("changeType"))),
                text(header.get("changeOrigin")),
                text(header.get("transactionKey")),
                (Integer) header.get("sequenceNumber"),
                Instant.ofEpochMilli((Long) header.get("commitTimestamp")),
                (Long) header.get("commitNumber"),
                text(header.get("commitUser")),
                FieldBitmaps.fieldNames(schema, strings(header.get("changedFields"))),
                FieldBitmaps.fieldNames(schema, strings(header.get("nulledFields"))),
                FieldBitmaps.fieldNames(schema, strings(header.get("diffFields"))));
    }

    private static Object javaValue(Schema.Field field, Object value) {
        String doc = field.doc() == null ? "" : field.doc();
        if (value instanceof Long millis && doc.contains(":DateOnly")) {
            return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        }
        if (value instanceof Long millis && doc.contains(":DateTime")) {
            return Instant.ofEpochMilli(millis);
        }
        if (value instanceof Utf8 || value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof GenericRecord nested) {
            Map<String, Object> parts = new HashMap<>();
            for (Schema.Field part : nested.getSchema().getFields()) {
                Object partValue = nested.get(part.pos());
                if (partValue != null) {
                    parts.put(part.name(), javaValue(part, partValue));
                }
            }
            return parts;
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object array) {
        List<String> out = new ArrayList<>();
        if (array instanceof List<?> list) {
            list.forEach(item -> out.add(item.toString()));
        }
        return out;
    }
}
