package com.tasksync.outbound;

import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.RecordError;
import com.tasksync.salesforce.client.record.SaveResult;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns Salesforce's answers (per-record results and whole-call failures) into outcomes. */
final class Outcomes {

    private static final Set<String> ALREADY_GONE = Set.of("ENTITY_IS_DELETED", "NOT_FOUND",
            "INVALID_CROSS_REFERENCE_KEY");

    private Outcomes() {
    }

    static Outcome ofSave(SaveResult result) {
        if (result.success()) {
            return new Outcome.Sent(result.id());
        }
        if (result.errors().stream().anyMatch(error -> "ENTITY_IS_DELETED".equals(error.statusCode()))) {
            return new Outcome.DeletedInSalesforce(describe(result));
        }
        return retryable(result) ? new Outcome.Retry(describe(result), codes(result))
                : new Outcome.Rejected(describe(result), codes(result));
    }

    static Outcome ofDelete(SaveResult result, String salesforceId) {
        if (result.success() || result.errors().stream().anyMatch(error -> ALREADY_GONE.contains(error.statusCode()))) {
            return new Outcome.Sent(salesforceId);
        }
        return retryable(result) ? new Outcome.Retry(describe(result), codes(result))
                : new Outcome.Rejected(describe(result), codes(result));
    }

    /**
     * A whole call failed. No response at all (status 0) may mean it was committed: retry, idempotently.
     * A 401 that comes back although the session was just renewed (the client renews once and
     * replays) passes too: Salesforce can take a moment to accept a new session everywhere, and a
     * renewal that is refused is {@link Outcome.Reconnect} instead.
     */
    static Outcome ofFailure(RuntimeException failure) {
        if (!(failure instanceof SalesforceApiException e)) {
            return new Outcome.CallFailed("INTERNAL", String.valueOf(failure.getMessage()));
        }
        if (e.reconnectRequired()) {
            return new Outcome.Reconnect(e.salesforceMessage());
        }
        if (e.retryable() || e.httpStatus() == 0 || e.httpStatus() == 401) {
            return new Outcome.CallFailed(e.errorCode(), e.getMessage());
        }
        return new Outcome.Rejected(e.errorCode() + ": " + e.salesforceMessage());
    }

    private static boolean retryable(SaveResult result) {
        return !result.errors().isEmpty()
                && result.errors().stream().allMatch(error -> error.retryability() != Retryability.PERMANENT);
    }

    private static List<String> codes(SaveResult result) {
        return result.errors().stream().map(error -> Objects.requireNonNullElse(error.statusCode(), "UNKNOWN"))
                .toList();
    }

    private static String describe(SaveResult result) {
        return result.errors().stream().map(Outcomes::describe).collect(Collectors.joining("; "));
    }

    private static String describe(RecordError error) {
        var fields = error.fields().isEmpty() ? "" : " (" + String.join(", ", error.fields()) + ")";
        return error.statusCode() + ": " + error.message() + fields;
    }
}
