package com.tasksync.emulator.data;

import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the records of one sObject Collections request in order, each on its own, and collects
 * their results. With allOrNone, one failure undoes every write of the request, and the records
 * that did not fail report ALL_OR_NONE_OPERATION_ROLLED_BACK.
 */
final class CollectionResults {

    static final int MAX_RECORDS = 200;

    /** One record's work: its result on success; an ApiException on failure. */
    @FunctionalInterface
    interface Item {
        ObjectNode run();
    }

    private CollectionResults() {
    }

    static ArrayNode runAll(OrgData data, boolean allOrNone, List<Item> items, List<String> knownIds) {
        return data.write(() -> {
            int mark = data.mark();
            List<ObjectNode> results = new ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < items.size(); i++) {
                try {
                    results.add(items.get(i).run());
                } catch (ApiException e) {
                    failed = true;
                    results.add(failure(knownIds.get(i), e.errorCode(), e.getMessage(), e.fields()));
                }
            }
            ArrayNode out = Json.array();
            if (allOrNone && failed) {
                data.rollbackTo(mark);
                for (int i = 0; i < results.size(); i++) {
                    ObjectNode result = results.get(i);
                    out.add(result.get("success").booleanValue()
                            ? failure(knownIds.get(i), "ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because"
                                    + " not all records were valid and the request was using AllOrNone header", List.of())
                            : result);
                }
                return out;
            }
            results.forEach(out::add);
            return out;
        });
    }

    static ObjectNode success(String id, Boolean created) {
        ObjectNode o = Json.object();
        o.put("id", id);
        o.put("success", true);
        o.putArray("errors");
        if (created != null) {
            o.put("created", created);
        }
        return o;
    }

    static ObjectNode failure(String id, String statusCode, String message, List<String> fields) {
        ObjectNode o = Json.object();
        if (id != null) {
            o.put("id", id);
        }
        o.put("success", false);
        ObjectNode error = o.putArray("errors").addObject();
        error.put("statusCode", statusCode);
        error.put("message", message);
        ArrayNode list = error.putArray("fields");
        fields.forEach(list::add);
        return o;
    }

    static void checkCount(int count) {
        if (count > MAX_RECORDS) {
            throw ApiException.badRequest("EXCEEDED_ID_LIMIT",
                    "record limit reached. cannot submit more than 200 records into this call");
        }
    }
}
