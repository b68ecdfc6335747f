package com.tasksync.salesforce.client.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of writing one record: its id, whether it succeeded and, for upserts, whether it
 * was created ({@code created} is empty for other writes and for upserts on API versions before 46.0).
 */
public record SaveResult(String id, boolean success, Optional<Boolean> created, List<RecordError> errors) {

    public SaveResult {
        errors = List.copyOf(errors);
    }

    public static SaveResult from(JsonNode node) {
        List<RecordError> errors = new ArrayList<>();
        node.path("errors").forEach(error -> errors.add(RecordError.from(error)));
        Optional<Boolean> created = node.hasNonNull("created")
                ? Optional.of(node.get("created").asBoolean()) : Optional.empty();
        return new SaveResult(node.path("id").asString(null), node.path("success").asBoolean(), created, errors);
    }

    public static SaveResult updated(String id) {
        return new SaveResult(id, true, Optional.empty(), List.of());
    }
}
