package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.data.ApiQueryLog;
import com.tasksync.salesforce.client.record.SObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without an integration user, each rep's own session reads the rep's own tasks: one query per rep,
 * never another rep's tasks. (With an integration user one query reads for all: see
 * {@code ChangeStreamTest}.) So this class runs only in the per-rep way of reading.
 */
class PerRepReadingTest extends SyncTestBase {

    private SalesforceOrg org;
    private TestUser user;
    private SalesforceRep rep;

    @BeforeEach
    void syncing() {
        var syncing = startSyncing();
        org = syncing.org();
        rep = syncing.rep();
        user = syncing.user();
    }

    @Test
    void readsEachRepsTasksWithThatRepsOwnSessionAndNeverAnothersTasks() {
        var second = newUser();
        var secondRep = org.newRep();
        connect(second, secondRep);
        enable(second);
        rep.create(task("for the first"));
        secondRep.create(task("for the second"));
        var queriesBefore = queryCalls();

        assertThat(poll()).isEqualTo(2);

        assertThat(queryCalls() - queriesBefore).isEqualTo(2);
        assertThat(subjects(user)).containsExactly("for the first");
        assertThat(subjects(second)).containsExactly("for the second");
    }

    /**
     * A manager above a rep in the role hierarchy sees the rep's tasks in Salesforce; syncing their own
     * tasks, their session is still given only what they own (Salesforce's query log of each session shows
     * what it returned), and the rep's task still reaches the rep.
     */
    @Test
    void aManagersSessionThatCouldSeeTheTeamsTasksIsGivenOnlyTheManagersOwn() {
        var admin = EngineEmulator.emulator().admin();
        var managers = admin.createRole(org.id(), "Sales Manager " + System.nanoTime(), null);
        var reps = admin.createRole(org.id(), "Sales Rep " + System.nanoTime(), managers.id());
        admin.updateUser(org.id(), rep.id(), UserChange.none().role(managers.id()));
        var second = newUser();
        var secondRep = org.newRep();
        admin.updateUser(org.id(), secondRep.id(), UserChange.none().role(reps.id()));
        connect(second, secondRep);
        enable(second);
        var managersTask = rep.create(task("the manager's own"));
        var teamTask = secondRep.create(task("the rep's, visible to the manager"));
        assertThat(rep.client().query("SELECT Id FROM Task").map(SObject::id).toList()).as("what the manager's session may see").contains(teamTask);
        var log = ApiQueryLog.of(org.org());
        var seen = log.entries().size();

        poll();

        var managersReads = log.entries().subList(seen, log.entries().size()).stream()
                .filter(entry -> entry.userId().equals(rep.id()) && entry.soql().contains("FROM Task")).toList();
        assertThat(managersReads).as("the manager's session read tasks").isNotEmpty();
        assertThat(managersReads).flatExtracting(ApiQueryLog.Entry::recordIds).doesNotContain(teamTask)
                .contains(managersTask);
        assertThat(subjects(user)).containsExactly("the manager's own");
        assertThat(subjects(second)).containsExactly("the rep's, visible to the manager");
    }

    private long queryCalls() {
        return EngineEmulator.emulator().callCounts().ofOrg(org.id()).entrySet().stream()
                .filter(entry -> entry.getKey().contains("query"))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
