package com.tasksync.salesforce.client.record;

import com.tasksync.salesforce.client.error.ErrorClassifier;
import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.error.SalesforceError;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One error of one record in a write result. sObject Collections name the code
 * {@code statusCode}; single-record bodies name it {@code errorCode}; both are read here.
 */
public record RecordError(String statusCode, String message, List<String> fields) {

    public RecordError {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static RecordError from(JsonNode node) {
        String code = node.hasNonNull("statusCode") ? node.get("statusCode").asString()
                : node.path("errorCode").asString(null);
        List<String> fields = new ArrayList<>();
        node.path("fields").forEach(field -> fields.add(field.asString()));
        return new RecordError(code, node.path("message").asString(null), fields);
    }

    public Retryability retryability() {
        return ErrorClassifier.classify(new SalesforceError(200, statusCode, message, fields));
    }
}
