package com.tasksync.sync;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.system.Timestamps;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Random interleavings of creates, edits, completions, reopenings and deletes on both sides, with
 * injected faults on writes and on reads (server errors, lost responses, row locks, expired
 * sessions) and nodes that die holding claims. The test keeps its own model of every acknowledged
 * write; once the system goes quiet, every linked task must be equal on both sides field by field,
 * a field written on one side only must hold that side's last acknowledged value (either side's
 * last when both wrote it), nothing deleted comes back, and nothing exists twice on either side.
 * The processes-and-kills version of this is the torture harness.
 */
class ConvergenceTest extends SyncTestBase {

    private static final int RUNS = Integer.getInteger("convergence.runs", 6);
    private static final int OPERATIONS = Integer.getInteger("convergence.operations", 40);
    private static final String COLLECTIONS = "/services/data/*/composite/sobjects/**";
    private static final String QUERIES = "/services/data/*/query*";

    @Test
    void bothSidesEndEqualAfterRandomChangesFaultsAndRestarts() {
        var operations = 0;
        for (int run = 0; run < RUNS; run++) {
            operations += new Run(run, new Random(7919L * (run + 1))).play();
        }
        System.out.printf("convergence: %d runs, %d operations%n", RUNS, operations);
    }

    /** The fields both sides hold, as the model tracks them. */
    private enum Field { SUBJECT, PRIORITY, STATUS }

    /**
     * One logical task: the values it was created with, the last acknowledged write per field and side
     * since, and whether a delete was acknowledged.
     */
    private static final class Model {
        final Map<Field, String> created = new HashMap<>();
        final Map<Field, String> taskSyncLast = new HashMap<>();
        final Map<Field, String> salesforceLast = new HashMap<>();
        boolean deleted;

        Model(String subject) {
            created.put(Field.SUBJECT, subject);
            created.put(Field.PRIORITY, "normal");
            created.put(Field.STATUS, "open");
        }

        void wrote(boolean taskSync, Field field, String value) {
            (taskSync ? taskSyncLast : salesforceLast).put(field, value);
        }

        /** Written on one side only: that side's last value; on both: either's; on neither: as created. */
        List<String> allowed(Field field) {
            var values = new ArrayList<String>();
            Optional.ofNullable(taskSyncLast.get(field)).ifPresent(values::add);
            Optional.ofNullable(salesforceLast.get(field)).ifPresent(values::add);
            return values.isEmpty() ? List.of(created.get(field)) : values;
        }
    }

    private final class Run {
        private final int number;
        private final Random random;
        private final SalesforceRep rep;
        private final TestUser user;
        /** By "ts:<TaskSync id>" for tasks made in TaskSync, "sf:<Salesforce id>" for tasks made in Salesforce. */
        private final Map<String, Model> models = new LinkedHashMap<>();
        private int counter;

        Run(int number, Random random) {
            this.number = number;
            this.random = random;
            this.rep = SalesforceOrg.create().newRep();
            this.user = newUser();
            connect(user, rep);
            enable(user);
        }

        int play() {
            for (int i = 0; i < OPERATIONS; i++) {
                step(random.nextInt(12));
            }
            quiesce();
            assertConverged();
            return OPERATIONS;
        }

        private void step(int kind) {
            switch (kind) {
                case 0 -> createInTaskSync();
                case 1 -> pickLocal().ifPresent(this::editInTaskSync);
                case 2 -> pickLocal().ifPresent(this::completeOrReopenInTaskSync);
                case 3 -> pickLocal().ifPresent(this::deleteInTaskSync);
                case 4 -> createInSalesforce();
                case 5 -> pickRemote().ifPresent(this::editInSalesforce);
                case 6 -> pickRemote().ifPresent(this::completeOrReopenInSalesforce);
                case 7 -> pickRemote().ifPresent(this::deleteInSalesforce);
                case 8 -> injectFault();
                case 9 -> relay();
                case 10 -> poll();
                default -> dieHoldingClaims();
            }
        }

        private void createInTaskSync() {
            var subject = name("ts");
            var answer = api(user).post("/api/tasks", Map.of("subject", subject));
            if (answer.status() == 201) {
                models.put("ts:" + answer.json().get("id").stringValue(), new Model(subject));
            }
        }

        private void editInTaskSync(JsonNode task) {
            var subject = name("ts-edit");
            var priority = List.of("low", "normal", "high").get(random.nextInt(3));
            if (api(user).patch(path(task), Map.of("subject", subject, "priority", priority)).status() == 200) {
                model(task).ifPresent(m -> {
                    m.wrote(true, Field.SUBJECT, subject);
                    m.wrote(true, Field.PRIORITY, priority);
                });
            }
        }

        private void completeOrReopenInTaskSync(JsonNode task) {
            var complete = random.nextBoolean();
            if (api(user).post(path(task) + (complete ? "/complete" : "/reopen"), null).status() == 200) {
                model(task).ifPresent(m -> m.wrote(true, Field.STATUS, complete ? "completed" : "open"));
            }
        }

        private void deleteInTaskSync(JsonNode task) {
            if (api(user).delete(path(task)).status() / 100 == 2) {
                model(task).ifPresent(m -> m.deleted = true);
            }
        }

        private void createInSalesforce() {
            var subject = name("sf");
            models.put("sf:" + rep.create(task(subject)), new Model(subject));
        }

        private void editInSalesforce(SObject record) {
            var subject = name("sf-edit");
            var priority = random.nextBoolean() ? "High" : "Low";
            rep.update(record.id(), SObject.of("Task").with("Subject", subject).with("Priority", priority));
            model(record).ifPresent(m -> {
                m.wrote(false, Field.SUBJECT, subject);
                m.wrote(false, Field.PRIORITY, priority.toLowerCase(java.util.Locale.ROOT));
            });
        }

        private void completeOrReopenInSalesforce(SObject record) {
            var complete = random.nextBoolean();
            rep.update(record.id(), SObject.of("Task").with("Status", complete ? "Completed" : "In Progress"));
            model(record).ifPresent(m -> m.wrote(false, Field.STATUS, complete ? "completed" : "open"));
        }

        private void deleteInSalesforce(SObject record) {
            rep.delete(record.id());
            model(record).ifPresent(m -> m.deleted = true);
        }

        private void injectFault() {
            var faults = EngineEmulator.emulator().faults();
            switch (random.nextInt(6)) {
                case 0 -> faults.add(FaultSpec.status("*", COLLECTIONS, 503, "SERVER_UNAVAILABLE", "down").times(4));
                case 1 -> faults.add(FaultSpec.loseResponse("*", COLLECTIONS).times(1));
                case 2 -> faults.add(FaultSpec.status("*", COLLECTIONS, 500, "UNABLE_TO_LOCK_ROW",
                        "unable to obtain exclusive access to this record").times(1));
                case 3 -> faults.add(FaultSpec.status("GET", QUERIES, 503, "SERVER_UNAVAILABLE", "down").times(4));
                case 4 -> faults.add(FaultSpec.drop("GET", QUERIES).times(1));
                default -> connections.tokens(user.id()).ifPresent(tokens ->
                        EngineEmulator.emulator().directory().revokeSession(tokens.accessToken()));
            }
        }

        /** A node claims what is due and dies before sending it; its claim must run out. */
        private void dieHoldingClaims() {
            var now = clock.instant();
            jdbc.sql("""
                    update outbox_entry set claimed_by = 'dead-node', claimed_until = :until
                    where claimed_until is null or claimed_until < :now
                    """).param("until", Timestamps.utc(now.plus(Duration.ofMinutes(2))))
                    .param("now", Timestamps.utc(now)).update();
        }

        private void quiesce() {
            EngineEmulator.emulator().faults().clear();
            clock.stopAt(clock.instant().plus(Duration.ofMinutes(3)));
            for (int i = 0; i < 6; i++) {
                jdbc.sql("update outbox_entry set next_attempt_at = '-infinity'").update();
                relay();
                poll();
            }
            clock.release();
        }

        private void assertConverged() {
            var local = tasks(user, "all");
            var remote = remoteTasks().stream().collect(Collectors.toMap(SObject::id, record -> record));
            var described = "run " + number + ": TaskSync " + local.stream().map(t -> t.get("subject").stringValue())
                    .toList() + ", Salesforce " + remote.values().stream().map(r -> r.string("Subject")).toList();
            assertThat(local).as(described).hasSize(remote.size());
            assertThat(remote.values().stream().map(r -> r.string("TaskSync_Id__c")).filter(java.util.Objects::nonNull)
                    .toList()).as(described).doesNotHaveDuplicates();
            var linked = new HashMap<String, JsonNode>();
            for (var task : local) {
                var salesforceId = task.get("salesforceId").stringValue();
                assertThat(remote).as(described).containsKey(salesforceId);
                assertThat(linked.put(salesforceId, task)).as("two tasks for " + salesforceId).isNull();
                var record = remote.get(salesforceId);
                assertThat(task.get("subject").stringValue()).as(described).isEqualTo(record.string("Subject"));
                assertThat(task.get("status").stringValue()).as(described)
                        .isEqualTo(record.bool("IsClosed") ? "completed" : "open");
                assertThat(task.get("priority").stringValue()).as(described)
                        .isEqualToIgnoringCase(record.string("Priority"));
                assertThat(task.get("syncState").stringValue()).as(described).isEqualTo("synced");
            }
            models.forEach((key, model) -> assertModel(key, model, local, remote, described));
        }

        /** The task's end state against every acknowledged write the model saw. */
        private void assertModel(String key, Model model, List<JsonNode> local, Map<String, SObject> remote,
                String described) {
            var id = key.substring(3);
            var task = local.stream().filter(t -> key.startsWith("ts:") ? t.get("id").stringValue().equals(id)
                    : t.get("salesforceId").stringValue().equals(id)).findFirst();
            var about = described + ", task " + key;
            if (model.deleted) {
                assertThat(task).as("deleted, yet back: " + about).isEmpty();
                return;
            }
            assertThat(task).as("lost: " + about).isPresent();
            if (key.startsWith("ts:")) {
                assertThat(remote.get(task.get().get("salesforceId").stringValue()).string("TaskSync_Id__c"))
                        .as(about).isEqualTo(id);
            }
            var values = Map.of(Field.SUBJECT, task.get().get("subject").stringValue(),
                    Field.PRIORITY, task.get().get("priority").stringValue(),
                    Field.STATUS, task.get().get("status").stringValue());
            for (var field : Field.values()) {
                assertThat(values.get(field)).as(field + " of " + about).isIn(model.allowed(field));
            }
        }

        private Optional<Model> model(JsonNode task) {
            var bySalesforce = task.get("salesforceId").isNull() ? null
                    : models.get("sf:" + task.get("salesforceId").stringValue());
            return Optional.ofNullable(bySalesforce != null ? bySalesforce : models.get("ts:" + task.get("id").stringValue()));
        }

        private Optional<Model> model(SObject record) {
            var ours = record.string("TaskSync_Id__c");
            var byTaskSync = ours == null ? null : models.get("ts:" + ours);
            return Optional.ofNullable(byTaskSync != null ? byTaskSync : models.get("sf:" + record.id()));
        }

        private Optional<JsonNode> pickLocal() {
            var all = tasks(user, "all");
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(random.nextInt(all.size())));
        }

        private Optional<SObject> pickRemote() {
            var all = remoteTasks();
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(random.nextInt(all.size())));
        }

        /** The rep's own reads meet the injected read faults too; the rep just tries again, as a person would. */
        private List<SObject> remoteTasks() {
            for (int attempt = 1; ; attempt++) {
                try {
                    return rep.tasks();
                } catch (com.tasksync.salesforce.client.error.SalesforceApiException e) {
                    if (attempt == 10) {
                        throw e;
                    }
                }
            }
        }

        private String name(String prefix) {
            return prefix + "-" + number + "-" + counter++;
        }

        private String path(JsonNode task) {
            return "/api/tasks/" + task.get("id").stringValue();
        }
    }
}
