package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search by words of the subject or description ({@code q=}), and one action on several tasks at once. */
class SearchAndBulkTest extends SyncTestBase {

    @Test
    void findsTasksByTheStartOfWordsInTheSubjectOrDescriptionInAnyLanguage() {
        var user = newUser();
        api(user).post("/api/tasks", Map.of("subject", "Call Jane about the renewal"));
        api(user).post("/api/tasks", Map.of("subject", "Devis", "description", "Relancer Mme Lefèvre : entretien annuel"));
        api(user).post("/api/tasks", Map.of("subject", "Ligar para o João", "description", "Proposta de renovação"));
        api(user).post("/api/tasks", Map.of("subject", "Book the demo"));
        api(newUser()).post("/api/tasks", Map.of("subject", "Call Jane (another user's)"));

        assertThat(subjectsFound(user, "call jan")).containsExactly("Call Jane about the renewal");
        assertThat(subjectsFound(user, "LEFÈVRE entre")).containsExactly("Devis");
        assertThat(subjectsFound(user, "joão")).containsExactly("Ligar para o João");
        assertThat(subjectsFound(user, "renov")).containsExactly("Ligar para o João");
        assertThat(subjectsFound(user, "ren")).containsExactlyInAnyOrder("Call Jane about the renewal",
                "Ligar para o João");
        assertThat(subjectsFound(user, "demo & | ! :* (")).containsExactly("Book the demo");
        assertThat(subjectsFound(user, "nothing-like-this")).isEmpty();
        assertThat(subjectsFound(user, "  ")).hasSize(4);
        var tooLong = api(user).get("/api/tasks?q=" + "a".repeat(201));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("\"q\"");
    }

    @Test
    void completesSeveralTasksAtOnceAndSendsThemInOneCall() {
        var syncing = startSyncing();
        var user = syncing.user();
        var ids = new ArrayList<String>();
        for (var subject : List.of("One", "Two", "Three")) {
            ids.add(api(user).post("/api/tasks", Map.of("subject", subject)).json().get("id").stringValue());
        }
        relay();
        var before = apiCalls.totals();

        var answer = api(user).post("/api/tasks/bulk", Map.of("ids", ids, "action", "complete"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("items")).hasSize(3);
        relay();
        assertThat(apiCalls.totals().minus(before).writes()).isEqualTo(1);
        assertThat(syncing.rep().tasks()).extracting(record -> record.bool("IsClosed"))
                .containsExactly(true, true, true);
    }

    @Test
    void aBulkActionSendsTheTasksOfSyncAndLeavesTasksFromBeforeTheEnableInTaskSyncOnly() {
        var org = com.tasksync.support.SalesforceOrg.create();
        var rep = org.newRep();
        var user = newUser();
        var before = api(user).post("/api/tasks", Map.of("subject", "made before sync")).json().get("id").stringValue();
        connect(user, rep);
        enable(user);
        var after = api(user).post("/api/tasks", Map.of("subject", "made with sync on")).json().get("id").stringValue();
        relay();
        var unsent = api(user).post("/api/tasks", Map.of("subject", "made, not sent yet")).json().get("id")
                .stringValue();

        var answer = api(user).post("/api/tasks/bulk", Map.of("ids", List.of(unsent, after, before, after),
                "action", "reschedule", "dueDate", "2027-02-01"));

        assertThat(answer.status()).isEqualTo(200);
        var items = answer.json().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("id").stringValue()).isEqualTo(unsent);
        assertThat(items.get(2).get("id").stringValue()).isEqualTo(before);
        assertThat(items.get(2).get("syncState").stringValue()).isEqualTo("local");
        assertThat(items.get(1).get("syncState").stringValue()).isEqualTo("pending");
        assertThat(items.get(0).get("syncState").stringValue()).isEqualTo("pending");
        items.forEach(item -> assertThat(item.get("dueDate").stringValue()).isEqualTo("2027-02-01"));
        assertThat(api(user).get("/api/tasks/" + before).json().get("version").longValue()).isEqualTo(2);
        relay();
        assertThat(rep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactlyInAnyOrder("made with sync on", "made, not sent yet");
        assertThat(rep.tasks()).allSatisfy(record -> assertThat(record.date("ActivityDate")).hasToString("2027-02-01"));
        assertThat(api(user).get("/api/tasks/" + before).json().get("syncState").stringValue()).isEqualTo("local");
        assertThat(api(user).get("/api/tasks/" + after).json().get("syncState").stringValue()).isEqualTo("synced");
    }

    @Test
    void reschedulesAndDeletesSeveralTasks() {
        var user = newUser();
        var a = api(user).post("/api/tasks", Map.of("subject", "A")).json().get("id").stringValue();
        var b = api(user).post("/api/tasks", Map.of("subject", "B")).json().get("id").stringValue();

        api(user).post("/api/tasks/bulk", Map.of("ids", List.of(a, b), "action", "reschedule", "dueDate", "2026-12-24"));
        assertThat(api(user).get("/api/tasks/" + a).json().get("dueDate").stringValue()).isEqualTo("2026-12-24");
        assertThat(api(user).get("/api/tasks/" + b).json().get("dueDate").stringValue()).isEqualTo("2026-12-24");

        api(user).post("/api/tasks/bulk", Map.of("ids", List.of(a, b), "action", "delete"));
        assertThat(api(user).get("/api/tasks?view=trash").json().get("items")).hasSize(2);
    }

    @Test
    void changesNoneWhenOneTaskIsUnknownOrTheInputIsBad() {
        var user = newUser();
        var mine = api(user).post("/api/tasks", Map.of("subject", "Mine")).json().get("id").stringValue();
        var theirs = api(newUser()).post("/api/tasks", Map.of("subject", "Theirs")).json().get("id").stringValue();

        var unknown = api(user).post("/api/tasks/bulk", Map.of("ids", List.of(mine, theirs), "action", "complete"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api(user).get("/api/tasks/" + mine).json().get("status").stringValue()).isEqualTo("open");

        var badAction = api(user).post("/api/tasks/bulk", Map.of("ids", List.of(mine), "action", "archive"));
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.text()).contains("\"action\"");
        var noIds = api(user).post("/api/tasks/bulk", Map.of("ids", List.of(), "action", "complete"));
        assertThat(noIds.status()).isEqualTo(400);
        assertThat(noIds.text()).contains("\"ids\"");
        var badId = api(user).post("/api/tasks/bulk", Map.of("ids", List.of("not-an-id"), "action", "complete"));
        assertThat(badId.status()).isEqualTo(400);
        var noDate = api(user).post("/api/tasks/bulk", Map.of("ids", List.of(mine), "action", "reschedule"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.text()).contains("\"dueDate\"");
        assertThat(api(user).get("/api/tasks/" + mine).json().get("version").intValue()).isEqualTo(1);
    }

    private List<String> subjectsFound(TestUser user, String q) {
        var found = new ArrayList<String>();
        api(user).get("/api/tasks?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .json().get("items").forEach(task -> found.add(task.get("subject").stringValue()));
        return found;
    }
}
