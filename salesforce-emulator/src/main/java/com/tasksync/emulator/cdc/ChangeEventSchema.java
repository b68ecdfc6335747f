package com.tasksync.emulator.cdc;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Avro schema of one object's change events as Salesforce shapes it ({@code TaskChangeEvent} in
 * {@code com.sforce.eventbus}: the ChangeEventHeader record first, then every body field as a
 * union with null, default null, annotated with its Salesforce type), its id, and the binary
 * encoding of events with it.
 */
final class ChangeEventSchema {

    private final Schema schema;
    private final String json;
    private final String id;
    private final GenericDatumWriter<GenericRecord> writer;

    private ChangeEventSchema(String json) {
        this.json = json;
        this.schema = new Schema.Parser().parse(json);
        this.id = fingerprint(schema);
        this.writer = new GenericDatumWriter<>(schema);
    }

    static ChangeEventSchema of(String entity, List<FieldDef> bodyFields) {
        ObjectNode root = Json.object();
        root.put("type", "record");
        root.put("name", entity + "ChangeEvent");
        root.put("namespace", "com.sforce.eventbus");
        ArrayNode fields = root.putArray("fields");
        ObjectNode header = fields.addObject();
        header.put("name", "ChangeEventHeader");
        header.set("type", header());
        header.put("doc", "Data:ComplexValueType");
        for (FieldDef f : bodyFields) {
            ObjectNode field = fields.addObject();
            field.put("name", f.name());
            field.putArray("type").add("null").add(AvroTypes.avroType(f.type()));
            field.put("doc", AvroTypes.doc(f));
            field.putNull("default");
        }
        return new ChangeEventSchema(root.toString());
    }

    private static ObjectNode header() {
        ObjectNode header = Json.object();
        header.put("type", "record");
        header.put("name", "ChangeEventHeader");
        ArrayNode fields = header.putArray("fields");
        fields.addObject().put("name", "entityName").put("type", "string");
        fields.addObject().put("name", "recordIds").set("type", stringArray());
        ObjectNode changeType = Json.object().put("type", "enum").put("name", "ChangeType");
        ArrayNode symbols = changeType.putArray("symbols");
        for (ChangeOperation t : ChangeOperation.values()) {
            symbols.add(t.name());
        }
        fields.addObject().put("name", "changeType").set("type", changeType);
        fields.addObject().put("name", "changeOrigin").put("type", "string");
        fields.addObject().put("name", "transactionKey").put("type", "string");
        fields.addObject().put("name", "sequenceNumber").put("type", "int");
        fields.addObject().put("name", "commitTimestamp").put("type", "long");
        fields.addObject().put("name", "commitNumber").put("type", "long");
        fields.addObject().put("name", "commitUser").put("type", "string");
        fields.addObject().put("name", "nulledFields").set("type", stringArray());
        fields.addObject().put("name", "diffFields").set("type", stringArray());
        fields.addObject().put("name", "changedFields").set("type", stringArray());
        return header;
    }

    private static ObjectNode stringArray() {
        return Json.object().put("type", "array").put("items", "string");
    }

    /** A 22-character id derived from the schema's canonical form, so the same schema always has the same id. */
    private static String fingerprint(Schema schema) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(SchemaNormalization.toParsingForm(schema).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String id() {
        return id;
    }

    String json() {
        return json;
    }

    Schema schema() {
        return schema;
    }

    byte[] encode(CapturedChange event) {
        Schema headerSchema = schema.getField("ChangeEventHeader").schema();
        GenericRecord header = new GenericData.Record(headerSchema);
        CommitInfo commit = event.commit();
        header.put("entityName", event.entity());
        header.put("recordIds", new ArrayList<>(event.recordIds()));
        header.put("changeType", new GenericData.EnumSymbol(headerSchema.getField("changeType").schema(),
                event.changeType().name()));
        header.put("changeOrigin", commit.changeOrigin());
        header.put("transactionKey", commit.transactionKey());
        header.put("sequenceNumber", event.sequenceNumber());
        header.put("commitTimestamp", commit.commitTimestamp().toEpochMilli());
        header.put("commitNumber", commit.commitNumber());
        header.put("commitUser", commit.commitUser());
        header.put("nulledFields", FieldBitmap.of(schema, event.body().nulledFields()));
        header.put("diffFields", List.of());
        header.put("changedFields", FieldBitmap.of(schema, event.body().changedFields()));
        GenericRecord record = new GenericData.Record(schema);
        record.put("ChangeEventHeader", header);
        event.body().values().forEach((name, value) -> {
            if (schema.getField(name) != null) {
                record.put(name, AvroTypes.avroValue(value));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
