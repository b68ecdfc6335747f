package com.tasksync.inbound;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
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

    private long queryCalls() {
        return EngineEmulator.emulator().callCounts().ofOrg(org.id()).entrySet().stream()
                .filter(entry -> entry.getKey().contains("query"))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
