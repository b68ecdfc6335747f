package com.tasksync.outbound;

import com.tasksync.connection.OrgProfiles;
import com.tasksync.links.TaskLinks;
import com.tasksync.connection.UserClient;
import com.tasksync.mapping.SalesforceTaskWriter;
import com.tasksync.mapping.StatusValues;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.record.SaveResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one user's planned writes: creates (upserted by external ID, or created after a look for
 * a lost earlier attempt), updates and deletes, each kind in sObject Collection calls of up to 200
 * records, never all-or-none, so one bad record does not hold the others back. The calls of one kind
 * go out side by side, and this node keeps at most {@code tasksync.sync.calls-in-flight} calls in flight
 * to one org, whichever relay makes them: each task is in one call only (an outbox entry per task,
 * claimed by one relay at a time), so no two changes of a task can pass each other; the kinds of one
 * step still go one after the other, creates first.
 */
@Component
class OutboundSender {

    private final OrgProfiles profiles;
    private final LostCreateFinder finder;
    private final TaskLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int inFlight;
    /** The threads that make the collection calls of a step with more than one; daemons, made as needed. */
    private final java.util.concurrent.ExecutorService calls;
    /** Calls of this node in flight to each org, at most {@link #inFlight}. */
    private final Map<String, java.util.concurrent.Semaphore> orgPermits = new java.util.concurrent.ConcurrentHashMap<>();

    OutboundSender(OrgProfiles profiles, LostCreateFinder finder, TaskLinks links, TransactionTemplate transaction,
            Clock clock, OutboundProperties properties) {
        this.inFlight = properties.callsInFlight();
        var made = new java.util.concurrent.atomic.AtomicInteger();
        this.calls = java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "outbound-call-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.profiles = profiles;
        this.finder = finder;
        this.links = links;
        this.transaction = transaction;
        this.clock = clock;
    }

    Map<PlannedWrite, Outcome> send(UserClient client, List<PlannedWrite> writes) {
        var outcomes = new IdentityHashMap<PlannedWrite, Outcome>();
        var statuses = profiles.statusValues(client);
        var byKind = writes.stream().collect(java.util.stream.Collectors.groupingBy(PlannedWrite::kind));
        creates(client, byKind.getOrDefault(PlannedWrite.Kind.CREATE, List.of()), statuses, outcomes);
        call(client.orgId(), byKind.getOrDefault(PlannedWrite.Kind.UPDATE, List.of()), outcomes,
                batch -> client.client().updateAll(batch.stream().map(write -> SalesforceTaskWriter.forUpdate(
                        write.salesforceId(), write.task().fields(), write.fields(), statuses)).toList(), false),
                (write, result) -> Outcomes.ofSave(result));
        deleteLostCreates(client, byKind.getOrDefault(PlannedWrite.Kind.DELETE_LOST_CREATE, List.of()), outcomes);
        call(client.orgId(), byKind.getOrDefault(PlannedWrite.Kind.DELETE, List.of()), outcomes,
                batch -> client.client().deleteAll(batch.stream().map(PlannedWrite::salesforceId).toList(), false),
                (write, result) -> Outcomes.ofDelete(result, write.salesforceId()));
        return outcomes;
    }

    private void creates(UserClient client, List<PlannedWrite> creates, StatusValues statuses,
            Map<PlannedWrite, Outcome> outcomes) {
        if (creates.isEmpty()) {
            return;
        }
        var externalId = profiles.externalIdField(client);
        if (externalId.isPresent()) {
            upsertCreates(client, creates, externalId.get(), statuses, outcomes);
            return;
        }
        var toSend = new ArrayList<PlannedWrite>();
        var lost = creates.stream().filter(write -> write.link() != null && write.link().createSentAt() != null)
                .toList();
        var found = lost.isEmpty() ? Map.<java.util.UUID, com.tasksync.mapping.SalesforceTask>of()
                : finder.find(client, lost);
        for (var write : creates) {
            var record = found.get(write.task().id());
            if (record != null) {
                outcomes.put(write, new Outcome.Found(record.id(), record.fields()));
            } else {
                toSend.add(write);
            }
        }
        markCreatesSent(toSend);
        call(client.orgId(), toSend, outcomes, batch -> client.client().createAll(batch.stream()
                        .map(write -> record(write, statuses)).toList(), false),
                (write, result) -> Outcomes.ofSave(result));
    }

    /**
     * Upserts by external ID. A record that already exists (made by an attempt whose answer was lost)
     * refuses TaskSubtype, which can only be set on insert; those are sent again without it.
     */
    private void upsertCreates(UserClient client, List<PlannedWrite> creates, String field, StatusValues statuses,
            Map<PlannedWrite, Outcome> outcomes) {
        markCreatesSent(creates);
        call(client.orgId(), creates, outcomes, batch -> client.client().upsertAll(SalesforceTaskWriter.TYPE, field,
                        batch.stream().map(write -> record(write, statuses).with(field, write.task().id().toString()))
                                .toList(), false),
                (write, result) -> Outcomes.ofSave(result));
        var existing = creates.stream().filter(write -> refusedSubtype(outcomes.get(write))).toList();
        call(client.orgId(), existing, outcomes, batch -> client.client().upsertAll(SalesforceTaskWriter.TYPE, field,
                        batch.stream().map(write -> record(write, statuses).without("TaskSubtype")
                                .with(field, write.task().id().toString())).toList(), false),
                (write, result) -> Outcomes.ofSave(result));
        var withoutField = creates.stream().filter(write -> lacksField(outcomes.get(write), field)).toList();
        if (!withoutField.isEmpty()) {
            profiles.lacksExternalIdField(client.orgId());
            withoutField.forEach(write -> outcomes.put(write,
                    new Outcome.Retry("the org has no field " + field + "; retrying with plain creates")));
        }
    }

    private void markCreatesSent(List<PlannedWrite> creates) {
        var userByTask = new java.util.HashMap<java.util.UUID, java.util.UUID>();
        creates.forEach(write -> userByTask.put(write.task().id(), write.task().userId()));
        transaction.executeWithoutResult(status -> links.markAllCreatesSent(userByTask, clock.instant()));
    }

    /**
     * Tasks deleted in TaskSync before their create was confirmed: finds the records those creates
     * may have made (by external ID, or else by the lookup for lost creates) and deletes them.
     */
    private void deleteLostCreates(UserClient client, List<PlannedWrite> writes, Map<PlannedWrite, Outcome> outcomes) {
        if (writes.isEmpty()) {
            return;
        }
        Map<PlannedWrite, String> found = new IdentityHashMap<>();
        try {
            var field = profiles.externalIdField(client);
            if (field.isPresent()) {
                var byTaskId = new java.util.HashMap<String, String>();
                var ids = writes.stream().map(write -> write.entry().taskId().toString()).toList();
                try (var rows = client.client().query(com.tasksync.salesforce.client.soql.Soql.of(
                        "SELECT Id, " + field.get() + " FROM Task WHERE " + field.get() + " IN :ids").bind("ids", ids))) {
                    rows.forEach(row -> byTaskId.put(row.string(field.get()), row.id()));
                }
                writes.forEach(write -> found.put(write, byTaskId.get(write.entry().taskId().toString())));
            } else {
                var withTask = writes.stream().filter(write -> write.task() != null).toList();
                var records = withTask.isEmpty() ? Map.<java.util.UUID, com.tasksync.mapping.SalesforceTask>of()
                        : finder.find(client, withTask);
                writes.forEach(write -> found.put(write, records.containsKey(write.entry().taskId())
                        ? records.get(write.entry().taskId()).id() : null));
            }
        } catch (SalesforceApiException e) {
            var failed = Outcomes.ofFailure(e);
            writes.forEach(write -> outcomes.put(write, failed));
            return;
        }
        var toDelete = writes.stream().filter(write -> found.get(write) != null).toList();
        writes.stream().filter(write -> found.get(write) == null)
                .forEach(write -> outcomes.put(write, new Outcome.Sent(null)));
        call(client.orgId(), toDelete, outcomes, batch -> client.client().deleteAll(batch.stream().map(found::get).toList(), false),
                (write, result) -> Outcomes.ofDelete(result, found.get(write)));
    }

    private static boolean refusedSubtype(Outcome outcome) {
        return outcome instanceof Outcome.Rejected rejected
                && rejected.message().startsWith("INVALID_FIELD_FOR_INSERT_UPDATE:")
                && rejected.message().contains("TaskSubtype");
    }

    private static SObject record(PlannedWrite write, StatusValues statuses) {
        return SalesforceTaskWriter.forCreate(write.task().fields(), statuses);
    }

    private static boolean lacksField(Outcome outcome, String field) {
        return outcome instanceof Outcome.Rejected rejected && (rejected.message().startsWith("NOT_FOUND:")
                || rejected.message().startsWith("INVALID_FIELD:") && rejected.message().contains(field));
    }

    /**
     * One collection call per 200 writes (the client chunks), side by side; a failed call gives every
     * write in it the same outcome. The outcomes are put in once all calls are back.
     */
    private void call(String orgId, List<PlannedWrite> writes, Map<PlannedWrite, Outcome> outcomes,
            Function<List<PlannedWrite>, List<SaveResult>> send,
            java.util.function.BiFunction<PlannedWrite, SaveResult, Outcome> outcome) {
        var batches = new ArrayList<List<PlannedWrite>>();
        for (int start = 0; start < writes.size(); start += 200) {
            batches.add(writes.subList(start, Math.min(writes.size(), start + 200)));
        }
        if (batches.size() == 1) {
            outcomes.putAll(inFlight(orgId, () -> callOne(batches.get(0), send, outcome)));
            return;
        }
        var context = org.slf4j.MDC.getCopyOfContextMap();
        var answers = new ArrayList<java.util.concurrent.Future<Map<PlannedWrite, Outcome>>>();
        for (var batch : batches) {
            answers.add(calls.submit(() -> {
                if (context != null) {
                    org.slf4j.MDC.setContextMap(context);
                }
                try {
                    return inFlight(orgId, () -> callOne(batch, send, outcome));
                } finally {
                    org.slf4j.MDC.clear();
                }
            }));
        }
        for (var answer : answers) {
            try {
                outcomes.putAll(answer.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Salesforce's answers", e);
            } catch (java.util.concurrent.ExecutionException e) {
                // what the call threw (a sign-in Salesforce no longer accepts, say), as if made on this thread
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException("a collection call failed unexpectedly", e.getCause());
            }
        }
    }

    /** Makes a call once fewer than {@link #inFlight} calls of this node are out to the org. */
    private <T> T inFlight(String orgId, java.util.function.Supplier<T> call) {
        var permits = orgPermits.computeIfAbsent(orgId == null ? "" : orgId,
                org -> new java.util.concurrent.Semaphore(inFlight));
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to call Salesforce", e);
        }
        try {
            return call.get();
        } finally {
            permits.release();
        }
    }

    private static Map<PlannedWrite, Outcome> callOne(List<PlannedWrite> batch,
            Function<List<PlannedWrite>, List<SaveResult>> send,
            java.util.function.BiFunction<PlannedWrite, SaveResult, Outcome> outcome) {
        var outcomes = new IdentityHashMap<PlannedWrite, Outcome>();
        try {
            var results = send.apply(batch);
            for (int i = 0; i < batch.size(); i++) {
                outcomes.put(batch.get(i), i < results.size() ? outcome.apply(batch.get(i), results.get(i))
                        : new Outcome.Retry("Salesforce returned no result for this record"));
            }
        } catch (SalesforceApiException | IllegalStateException e) {
            var failed = Outcomes.ofFailure(e);
            batch.forEach(write -> outcomes.put(write, failed));
        }
        return outcomes;
    }
}
