package com.tasksync.engine;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Random interleavings of creates, edits, completions, reopenings and deletes on both sides,
 * with injected faults (server errors, lost responses, row locks, expired sessions) and nodes
 * that die holding claims. Once the system goes quiet both sides must hold the same tasks with
 * the same fields: no duplicate, no lost update, no resurrected delete.
 */
class ConvergenceTest extends SyncTestBase {

    private static final int RUNS = Integer.getInteger("convergence.runs", 6);
    private static final int OPERATIONS = 40;
    private static final String COLLECTIONS = "/services/data/*/composite/sobjects/**";

    @Test
    void bothSidesEndEqualAfterRandomChangesFaultsAndRestarts() {
        var operations = 0;
        for (int run = 0; run < RUNS; run++) {
            operations += new Run(run, new Random(7919L * (run + 1))).play();
        }
        System.out.printf("convergence: %d runs, %d operations%n", RUNS, operations);
    }

    private final class Run {
        private final int number;
        private final Random random;
        private final SalesforceRep rep;
        private final TestUser user;
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
                case 0 -> api(user).post("/api/tasks", Map.of("subject", name("ts")));
                case 1 -> pickLocal().ifPresent(t -> api(user).patch(path(t), Map.of("subject", name("ts-edit"),
                        "priority", List.of("low", "normal", "high").get(random.nextInt(3)))));
                case 2 -> pickLocal().ifPresent(t -> api(user).post(path(t)
                        + (random.nextBoolean() ? "/complete" : "/reopen"), null));
                case 3 -> pickLocal().ifPresent(t -> api(user).delete(path(t)));
                case 4 -> rep.create(task(name("sf")));
                case 5 -> pickRemote().ifPresent(id -> rep.update(id, SObject.of("Task")
                        .with("Subject", name("sf-edit")).with("Priority", random.nextBoolean() ? "High" : "Low")));
                case 6 -> pickRemote().ifPresent(id -> rep.update(id, SObject.of("Task")
                        .with("Status", random.nextBoolean() ? "Completed" : "In Progress")));
                case 7 -> pickRemote().ifPresent(rep::delete);
                case 8 -> injectFault();
                case 9 -> relay();
                case 10 -> poll();
                default -> dieHoldingClaims();
            }
        }

        private void injectFault() {
            var faults = EngineEmulator.emulator().faults();
            switch (random.nextInt(4)) {
                case 0 -> faults.add(FaultSpec.status("*", COLLECTIONS, 503, "SERVER_UNAVAILABLE", "down").times(4));
                case 1 -> faults.add(FaultSpec.loseResponse("*", COLLECTIONS).times(1));
                case 2 -> faults.add(FaultSpec.status("*", COLLECTIONS, 500, "UNABLE_TO_LOCK_ROW",
                        "unable to obtain exclusive access to this record").times(1));
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
            var remote = rep.tasks().stream().collect(Collectors.toMap(SObject::id, record -> record));
            var described = "run " + number + ": TaskSync " + local.stream().map(t -> t.get("subject").stringValue())
                    .toList() + ", Salesforce " + remote.values().stream().map(r -> r.string("Subject")).toList();
            assertThat(local).as(described).hasSize(remote.size());
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
        }

        private java.util.Optional<JsonNode> pickLocal() {
            var all = tasks(user, "all");
            return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(random.nextInt(all.size())));
        }

        private java.util.Optional<String> pickRemote() {
            var all = rep.tasks();
            return all.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(all.get(random.nextInt(all.size())).id());
        }

        private String name(String prefix) {
            return prefix + "-" + number + "-" + counter++;
        }

        private String path(JsonNode task) {
            return "/api/tasks/" + task.get("id").stringValue();
        }
    }

}
