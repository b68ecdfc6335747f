package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.record.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sObject Collections calls, split into chunks of 200 records (one API request each).
 * Results come back in input order. {@code allOrNone} holds within a chunk only: a failure in one
 * chunk does not roll back chunks already written.
 */
final class SObjectCollections {

    static final int CHUNK_SIZE = 200;

    private final RestTransport transport;
    private final JsonMapper json;

    SObjectCollections(RestTransport transport, JsonMapper json) {
        this.transport = transport;
        this.json = json;
    }

    List<SaveResult> create(List<SObject> records, boolean allOrNone) {
        return inChunks(records, chunk -> ApiRequest.post(path(""), body(chunk, allOrNone)));
    }

    List<SaveResult> update(List<SObject> records, boolean allOrNone) {
        return inChunks(records, chunk -> ApiRequest.patch(path(""), body(chunk, allOrNone)));
    }

    List<SaveResult> upsert(String type, String externalIdField, List<SObject> records, boolean allOrNone) {
        String path = path("/" + QueryString.name(type) + "/" + QueryString.name(externalIdField));
        return inChunks(records, chunk -> ApiRequest.patch(path, body(chunk, allOrNone)));
    }

    List<SaveResult> delete(List<String> ids, boolean allOrNone) {
        return inChunks(ids, chunk -> ApiRequest.delete(path("?ids=" + idList(chunk) + "&allOrNone=" + allOrNone)));
    }

    /** The records found, in the order of {@code ids}; ids that match no record are left out. */
    List<SObject> retrieve(String type, List<String> ids, List<String> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("retrieving a collection needs at least one field");
        }
        List<SObject> found = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            String query = "?ids=" + idList(chunk) + "&fields=" + QueryString.encode(String.join(",", fields));
            JsonNode body = transport.send(ApiRequest.get(path("/" + QueryString.name(type) + query))).body();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof ObjectNode record) {
                    found.add(SObject.from(withId(record, chunk.get(i))));
                }
            }
        }
        return found;
    }

    /** Answers list the asked fields only, so the Id they were asked by is put back when missing. */
    static ObjectNode withId(ObjectNode record, String id) {
        if (!record.hasNonNull("Id")) {
            record.put("Id", id);
        }
        return record;
    }

    private <T> List<SaveResult> inChunks(List<T> items, Function<List<T>, ApiRequest> requestFor) {
        List<SaveResult> results = new ArrayList<>(items.size());
        for (List<T> chunk : chunks(items)) {
            JsonNode body = transport.send(requestFor.apply(chunk)).body();
            body.forEach(result -> results.add(SaveResult.from(result)));
        }
        return results;
    }

    private ObjectNode body(List<SObject> records, boolean allOrNone) {
        ObjectNode body = json.createObjectNode().put("allOrNone", allOrNone);
        ArrayNode array = body.putArray("records");
        records.forEach(record -> array.add(record.json()));
        return body;
    }

    private String path(String rest) {
        return transport.dataPath() + "/composite/sobjects" + rest;
    }

    private static String idList(List<String> ids) {
        return String.join(",", ids.stream().map(QueryString::id).toList());
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += CHUNK_SIZE) {
            chunks.add(items.subList(start, Math.min(items.size(), start + CHUNK_SIZE)));
        }
        return chunks;
    }
}
