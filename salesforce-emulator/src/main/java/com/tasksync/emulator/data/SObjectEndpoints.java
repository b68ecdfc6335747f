package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sObject resources: describe global, basic information, describe, and the rows — create,
 * retrieve, update, delete — and upsert or retrieve by external ID.
 */
final class SObjectEndpoints {

    private static final String BASE = "/services/data/{version}/sobjects";

    private SObjectEndpoints() {
    }

    static void register(Router router) {
        router.get(BASE, Access.DATA_API, r -> {
            Call call = Call.of(r);
            return Response.json(200, Describe.global(call.data(), call.apiPath()));
        });
        router.get(BASE + "/{type}", Access.DATA_API, SObjectEndpoints::basicInfo);
        router.get(BASE + "/{type}/describe", Access.DATA_API, r -> {
            Call call = Call.of(r);
            return Response.json(200, Describe.full(call.data(), call.type(r.pathVariable("type")), call.apiPath()));
        });
        router.post(BASE + "/{type}", Access.DATA_API, SObjectEndpoints::create);
        router.get(BASE + "/{type}/{id}", Access.DATA_API, SObjectEndpoints::retrieve);
        router.patch(BASE + "/{type}/{id}", Access.DATA_API, SObjectEndpoints::update);
        router.delete(BASE + "/{type}/{id}", Access.DATA_API, SObjectEndpoints::delete);
        router.post(BASE + "/{type}/{field}", Access.DATA_API, SObjectEndpoints::createThroughIdField);
        router.patch(BASE + "/{type}/{field}/{value}", Access.DATA_API, SObjectEndpoints::upsert);
        router.get(BASE + "/{type}/{field}/{value}", Access.DATA_API, SObjectEndpoints::retrieveByExternalId);
        router.delete(BASE + "/{type}/{field}/{value}", Access.DATA_API, SObjectEndpoints::deleteByExternalId);
    }

    private static Response basicInfo(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        ObjectNode body = Json.object();
        body.set("objectDescribe", Describe.summary(call.data(), type, call.apiPath()));
        body.putArray("recentItems");
        return Response.json(200, body);
    }

    private static Response create(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        Row row = call.data().write(() -> new RecordWrites(call.data()).insert(type, r.json(), call.writer()));
        return Response.json(201, saveResult(row.id(), null, call.version()));
    }

    private static Response createThroughIdField(Request r) {
        if (!"Id".equals(r.pathVariable("field"))) {
            throw ApiException.notFound();
        }
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        Row row = call.data().write(() -> new RecordWrites(call.data()).insert(type, r.json(), call.writer()));
        return Response.json(201, saveResult(row.id(), true, call.version()));
    }

    private static Response retrieve(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        String id = Call.id(type, r.pathVariable("id"));
        List<String> fields = fields(type, r.query("fields"));
        Row row = call.data().read(() -> new RecordWrites(call.data()).visible(type, id, call.access()));
        return RecordJson.response(200, g -> RecordJson.write(g, type, row, fields, call.apiPath()));
    }

    private static Response retrieveByExternalId(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        FieldDef field = externalField(type, r.pathVariable("field"));
        List<String> fields = fields(type, r.query("fields"));
        List<Row> rows = call.data().read(() -> new RecordWrites(call.data()).matches(type, field, r.pathVariable("value"))
                .stream().filter(row -> call.access().canRead(type, row)).toList());
        if (rows.isEmpty()) {
            throw ApiException.notFound();
        }
        if (rows.size() > 1) {
            return multipleChoices(call, type, rows);
        }
        return RecordJson.response(200, g -> RecordJson.write(g, type, rows.get(0), fields, call.apiPath()));
    }

    private static Response deleteByExternalId(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        FieldDef field = externalField(type, r.pathVariable("field"));
        RecordWrites writes = new RecordWrites(call.data());
        return call.data().write(() -> {
            List<Row> rows = writes.matches(type, field, r.pathVariable("value"));
            if (rows.isEmpty()) {
                throw ApiException.notFound();
            }
            if (rows.size() > 1) {
                return multipleChoices(call, type, rows);
            }
            writes.delete(type, rows.get(0).id(), call.writer());
            return Response.noContent();
        });
    }

    private static Response update(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        String id = Call.id(type, r.pathVariable("id"));
        call.data().write(() -> new RecordWrites(call.data()).update(type, id, r.json(), call.writer()));
        return Response.noContent();
    }

    private static Response delete(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        String id = Call.id(type, r.pathVariable("id"));
        call.data().write(() -> new RecordWrites(call.data()).delete(type, id, call.writer()));
        return Response.noContent();
    }

    private static Response upsert(Request r) {
        Call call = Call.of(r);
        SObjectType type = call.type(r.pathVariable("type"));
        FieldDef field = externalField(type, r.pathVariable("field"));
        String value = r.pathVariable("value");
        RecordWrites writes = new RecordWrites(call.data());
        return call.data().write(() -> {
            List<Row> found = writes.matches(type, field, value);
            if (found.size() > 1) {
                return multipleChoices(call, type, found);
            }
            RecordWrites.Upserted result = writes.upsert(type, field, value, r.json(), call.writer());
            if (result.created()) {
                return Response.json(201, saveResult(result.row().id(), true, call.version()));
            }
            if (call.version() < 46) {
                return Response.noContent();
            }
            return Response.json(200, saveResult(result.row().id(), false, call.version()));
        });
    }

    static FieldDef externalField(SObjectType type, String name) {
        FieldDef field = type.field(name);
        if (field == null || !(field.externalId() || field.name().equals("Id"))) {
            throw new ApiException(404, "NOT_FOUND", "Provided external ID field does not exist or is not accessible: "
                    + name);
        }
        return field;
    }

    private static Response multipleChoices(Call call, SObjectType type, List<Row> rows) {
        ArrayNode urls = Json.array();
        rows.forEach(row -> urls.add(call.apiPath() + "/sobjects/" + type.name() + "/" + row.id()));
        return Response.json(300, urls);
    }

    /** The selected fields of {@code ?fields=}, or all of the type's fields; an unknown one is INVALID_FIELD. */
    static List<String> fields(SObjectType type, String list) {
        if (list == null || list.isBlank()) {
            return RecordJson.allFields(type);
        }
        List<String> out = new ArrayList<>();
        for (String name : list.split(",")) {
            FieldDef f = type.field(name.trim());
            if (f == null) {
                throw ApiException.badRequest("INVALID_FIELD", "No such column '" + name.trim() + "' on entity '"
                        + type.name() + "'. If you are attempting to use a custom field, be sure to append the '__c'"
                        + " after the custom field name. Please reference your WSDL or the describe call for the"
                        + " appropriate names.");
            }
            out.add(f.name());
        }
        return out;
    }

    /** {@code {"id","success","errors"}}, with {@code created} for upserts from API version 46.0. */
    static ObjectNode saveResult(String id, Boolean created, int version) {
        ObjectNode o = Json.object();
        o.put("id", id);
        o.put("success", true);
        o.putArray("errors");
        if (created != null && version >= 46) {
            o.put("created", created);
        }
        return o;
    }
}
