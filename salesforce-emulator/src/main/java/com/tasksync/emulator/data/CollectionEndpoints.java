package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.SalesforceIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * sObject Collections ({@code /composite/sobjects}): create, update, upsert and delete of up to
 * 200 records, and retrieve of up to 2,000, as one API call. HTTP 200 with a result per record in
 * input order, even when records fail.
 */
final class CollectionEndpoints {

    private static final String BASE = "/services/data/{version}/composite/sobjects";
    static final int MAX_RETRIEVE = 2000;

    private CollectionEndpoints() {
    }

    static void register(Router router) {
        router.post(BASE, Access.DATA_API, CollectionEndpoints::create);
        router.patch(BASE, Access.DATA_API, CollectionEndpoints::update);
        router.delete(BASE, Access.DATA_API, CollectionEndpoints::delete);
        router.patch(BASE + "/{type}/{field}", Access.DATA_API, CollectionEndpoints::upsert);
        router.post(BASE + "/{type}", Access.DATA_API, r -> retrieve(r, r.json().path("ids"), r.json().path("fields")));
        router.get(BASE + "/{type}", Access.DATA_API, r -> retrieve(r, split(r.query("ids")), split(r.query("fields"))));
    }

    private static Response create(Request r) {
        Call call = Call.of(r);
        JsonNode body = r.json();
        List<JsonNode> records = records(body);
        RecordWrites writes = new RecordWrites(call.data());
        List<CollectionResults.Item> items = new ArrayList<>();
        for (JsonNode record : records) {
            items.add(() -> {
                SObjectType type = typeOf(call, record);
                if (record.has("id") || record.has("Id")) {
                    throw ApiException.badRequest("INVALID_FIELD", "cannot specify Id in an insert call");
                }
                return CollectionResults.success(writes.insert(type, record, call.writer()).id(), null);
            });
        }
        return Response.json(200, CollectionResults.runAll(call.data(), allOrNone(body), items, nulls(records.size())));
    }

    private static Response update(Request r) {
        Call call = Call.of(r);
        JsonNode body = r.json();
        List<JsonNode> records = records(body);
        RecordWrites writes = new RecordWrites(call.data());
        List<CollectionResults.Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode record : records) {
            String raw = record.has("id") ? record.get("id").asString() : record.path("Id").asString(null);
            ids.add(raw == null ? null : SalesforceIds.canonical(raw) == null ? raw : SalesforceIds.canonical(raw));
            items.add(() -> {
                SObjectType type = typeOf(call, record);
                if (raw == null) {
                    throw ApiException.badRequest("MISSING_ARGUMENT", "Id not specified in an update call");
                }
                String id = recordId(type, raw);
                return CollectionResults.success(writes.update(type, id, record, call.writer()).id(), null);
            });
        }
        return Response.json(200, CollectionResults.runAll(call.data(), allOrNone(body), items, ids));
    }

    private static Response upsert(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        FieldDef field = SObjectEndpoints.externalField(type, r.pathVariable("field"));
        JsonNode body = r.json();
        List<JsonNode> records = records(body);
        RecordWrites writes = new RecordWrites(call.data());
        List<CollectionResults.Item> items = new ArrayList<>();
        for (JsonNode record : records) {
            items.add(() -> {
                SObjectType recordType = typeOf(call, record);
                if (recordType != type) {
                    throw ApiException.badRequest("INVALID_TYPE", "Record type " + recordType.name()
                            + " does not match the request's sObject type " + type.name());
                }
                JsonNode value = fieldValue(record, field.name());
                if (value == null || value.isNull() || value.asString().isEmpty()) {
                    throw ApiException.badRequest("MISSING_ARGUMENT", field.name() + " not specified");
                }
                List<Row> found = writes.matches(type, field, value.asString());
                if (found.size() > 1) {
                    throw ApiException.badRequest("DUPLICATE_EXTERNAL_ID", "Duplicate external id specified: "
                            + value.asString(), field.name());
                }
                RecordWrites.Upserted done = writes.upsert(type, field, value.asString(), record, call.writer());
                return CollectionResults.success(done.row().id(), done.created());
            });
        }
        return Response.json(200, CollectionResults.runAll(call.data(), allOrNone(body), items, nulls(records.size())));
    }

    private static Response delete(Request r) {
        Call call = Call.of(r);
        List<String> raw = split(r.query("ids")).valueStream().map(JsonNode::asString).toList();
        if (raw.isEmpty()) {
            throw ApiException.badRequest("MISSING_ARGUMENT", "ids parameter is required");
        }
        CollectionResults.checkCount(raw.size());
        RecordWrites writes = new RecordWrites(call.data());
        List<CollectionResults.Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String one : raw) {
            String id = SalesforceIds.canonical(one);
            ids.add(id == null ? one : id);
            items.add(() -> {
                if (id == null) {
                    throw ApiException.badRequest("MALFORMED_ID", "malformed id " + one);
                }
                SObjectType type = call.data().schema().typeOfId(id);
                if (type == null || call.data().store(type).get(id) == null) {
                    throw ApiException.badRequest("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
                }
                return CollectionResults.success(writes.delete(type, id, call.writer()).id(), null);
            });
        }
        boolean allOrNone = Boolean.parseBoolean(r.query("allOrNone"));
        return Response.json(200, CollectionResults.runAll(call.data(), allOrNone, items, ids));
    }

    private static Response retrieve(Request r, JsonNode idList, JsonNode fieldList) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        if (!idList.isArray() || idList.isEmpty() || !fieldList.isArray() || fieldList.isEmpty()) {
            throw ApiException.badRequest("MISSING_ARGUMENT", "ids and fields are required");
        }
        if (idList.size() > MAX_RETRIEVE) {
            throw ApiException.badRequest("EXCEEDED_ID_LIMIT", "More than " + MAX_RETRIEVE + " ids in the request");
        }
        List<String> fields = SObjectEndpoints.fields(type,
                String.join(",", fieldList.valueStream().map(JsonNode::asString).toList()));
        List<Row> rows = call.data().read(() -> idList.valueStream().map(n -> {
            String id = SalesforceIds.canonical(n.asString());
            Row row = id == null || !id.startsWith(type.keyPrefix()) ? null : call.data().store(type).get(id);
            return row == null || row.deleted() || !call.access().canRead(type, row) ? null : row;
        }).toList());
        return RecordJson.response(200, g -> {
            g.writeStartArray();
            for (Row row : rows) {
                if (row == null) {
                    g.writeNull();
                } else {
                    RecordJson.write(g, type, row, fields, call.apiPath());
                }
            }
            g.writeEndArray();
        });
    }

    private static List<JsonNode> records(JsonNode body) {
        JsonNode records = body.path("records");
        if (!records.isArray()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "Expected an array of records in 'records'");
        }
        CollectionResults.checkCount(records.size());
        return records.valueStream().toList();
    }

    private static boolean allOrNone(JsonNode body) {
        return body.path("allOrNone").asBoolean(false);
    }

    private static SObjectType typeOf(Call call, JsonNode record) {
        String name = record.path("attributes").path("type").asString(null);
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("INVALID_TYPE", "Must send a concrete entity type.");
        }
        SObjectType type = call.data().schema().type(name);
        if (type == null) {
            throw ApiException.badRequest("INVALID_TYPE", "sObject type '" + name + "' is not supported.");
        }
        return type;
    }

    private static String recordId(SObjectType type, String raw) {
        String id = SalesforceIds.canonical(raw);
        if (id == null || !id.startsWith(type.keyPrefix())) {
            throw ApiException.badRequest("MALFORMED_ID", type.label() + " ID: id value of incorrect type: " + raw, "Id");
        }
        return id;
    }

    private static JsonNode fieldValue(JsonNode record, String field) {
        for (var e : record.properties()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static JsonNode split(String list) {
        var array = com.tasksync.emulator.http.Json.array();
        if (list != null && !list.isBlank()) {
            Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(array::add);
        }
        return array;
    }

    private static List<String> nulls(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, (String) null));
    }
}
