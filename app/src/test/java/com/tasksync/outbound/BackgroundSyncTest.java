package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The loops running by themselves, as in production; the context is closed after, so its loops stop. */
@TestPropertySource(properties = "tasksync.sync.background=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BackgroundSyncTest extends SyncTestBase {

    @Test
    void startsTheFirstSyncOnSaveAndSendsAChangeRightAfterItCommits() {
        SalesforceRep rep = SalesforceOrg.create().newRep();
        TestUser user = newUser();
        connect(user, rep);

        assertThat(switchSync(user, true).get("state").stringValue()).isEqualTo("importing");
        awaitTrue(() -> "syncing".equals(syncStatus(user).get("state").stringValue()));

        var started = System.nanoTime();
        api(user).post("/api/tasks", Map.of("subject", "goes out at once"));
        awaitTrue(() -> rep.tasks().size() == 1);
        var millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("a TaskSync create reached Salesforce in %d ms%n", millis);
        assertThat(rep.tasks().get(0).string("Subject")).isEqualTo("goes out at once");
    }

    private static void awaitTrue(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
