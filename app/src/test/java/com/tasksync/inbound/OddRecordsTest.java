package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Salesforce holds values TaskSync's database cannot (U+0000), and records TaskSync may fail to
 * apply: neither may stop the org's sync. Values are stored mapped, and the mapping is logged; a
 * record that cannot be applied is set aside with its reason while the others go on.
 */
class OddRecordsTest extends SyncTestBase {

    private SalesforceRep rep;
    private TestUser user;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        rep = syncing.rep();
        user = syncing.user();
    }

    @AfterEach
    void dropRefusal() {
        com.tasksync.support.RefusedSubject.drop(jdbc);
    }

    @Test
    void aNulCharacterInSalesforceIsStoredAsAReplacementAndTheRestOfTheOrgKeepsSyncing() {
        var odd = rep.create(task("before\u0000after").with("Description", "line\u0000end"));
        rep.create(task("an ordinary task"));

        poll();

        assertThat(subjects(user)).containsExactlyInAnyOrder("before\uFFFDafter", "an ordinary task");
        var stored = byTitle("before\uFFFDafter");
        assertThat(stored.get("description").stringValue()).isEqualTo("line\uFFFDend");
        assertThat(stored.get("syncState").stringValue()).isEqualTo("synced");
        assertThat(syncLog(user)).anySatisfy(entry -> assertThat(entry.get("message").stringValue())
                .contains("Description and Subject held characters TaskSync cannot store"));

        rep.create(task("made after the odd one"));
        poll();
        assertThat(subjects(user)).contains("made after the odd one");

        api(user).patch("/api/tasks/" + stored.get("id").stringValue(), Map.of("priority", "high"));
        relay();
        var record = rep.find(odd).orElseThrow();
        assertThat(record.string("Priority")).isEqualTo("High");
        assertThat(record.string("Subject")).isEqualTo("before\u0000after");
        assertThat(record.string("Description")).isEqualTo("line\u0000end");
    }

    @Test
    void aRecordThatCannotBeAppliedIsSetAsideWithItsReasonAndTheOthersGoOn() {
        refuseSubject("cannot be stored");
        var bad = rep.create(task("cannot be stored"));
        rep.create(task("first good one"));
        rep.create(task("second good one"));

        poll();

        assertThat(subjects(user)).containsExactlyInAnyOrder("first good one", "second good one");
        var setAside = api(user).get("/api/sync/set-aside").json();
        assertThat(setAside.get("totalItems").intValue()).isEqualTo(1);
        assertThat(setAside.get("items").get(0).get("salesforceId").stringValue()).isEqualTo(bad);
        assertThat(setAside.get("items").get(0).get("reason").stringValue()).contains("refused by a test trigger");
        assertThat(syncLog(user)).filteredOn(entry -> entry.get("action").stringValue().equals("setAside"))
                .singleElement().satisfies(entry -> assertThat(entry.get("salesforceId").stringValue()).isEqualTo(bad));
        var status = syncStatus(user);
        assertThat(status.get("state").stringValue()).isEqualTo("degraded");
        assertThat(status.get("recordsSetAside").intValue()).isEqualTo(1);

        rep.create(task("made later"));
        poll();
        assertThat(subjects(user)).contains("made later");
        assertThat(syncLog(user)).filteredOn(entry -> entry.get("action").stringValue().equals("setAside")).hasSize(1);
    }

    @Test
    void anAdminSeesEachRecordSetAsideWithWhyOnSyncHealth() {
        refuseSubject("cannot be stored");
        var bad = rep.create(task("cannot be stored"));
        poll();
        var admin = newUser(java.time.ZoneId.of("UTC"), true);

        var page = com.tasksync.support.WebSession.signedIn(baseUrl(), admin).get("/admin/sync-health").body();

        var row = page.substring(page.indexOf("data-user-id=\"" + user.id() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("1 record set aside", "data-salesforce-id=\"" + bad + "\"",
                "cannot be stored (" + bad + "): ").contains("refused by a test trigger");
    }

    @Test
    void aSetAsideRecordComesInOnRetryOnceItCanBeApplied() {
        refuseSubject("cannot be stored");
        rep.create(task("cannot be stored"));
        poll();
        assertThat(api(user).get("/api/sync/set-aside").json().get("totalItems").intValue()).isEqualTo(1);
        dropRefusal();

        assertThat(api(user).post("/api/sync/retry", null).status()).isEqualTo(200);
        poll();

        assertThat(subjects(user)).containsExactly("cannot be stored");
        assertThat(api(user).get("/api/sync/set-aside").json().get("totalItems").intValue()).isZero();
        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
    }

    @Test
    void aSetAsideRecordComesInWhenItChangesInSalesforce() {
        refuseSubject("cannot be stored");
        var bad = rep.create(task("cannot be stored"));
        poll();
        dropRefusal();

        rep.update(bad, SObject.of("Task").with("Description", "fixed in Salesforce"));
        poll();

        assertThat(subjects(user)).containsExactly("cannot be stored");
        assertThat(api(user).get("/api/sync/set-aside").json().get("totalItems").intValue()).isZero();
    }

    private void refuseSubject(String subject) {
        com.tasksync.support.RefusedSubject.refuse(jdbc, subject);
    }

    private JsonNode byTitle(String subject) {
        return tasks(user, "all").stream().filter(task -> task.get("subject").stringValue().equals(subject))
                .findFirst().orElseThrow();
    }
}
