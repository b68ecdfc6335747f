package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.support.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResponseParsingTest {

    @Test
    void readsAQueryPageWithItsContinuation() {
        QueryPage page = QueryPage.from(Fixtures.json("query-first-page.json"));

        assertThat(page.totalSize()).isEqualTo(2003);
        assertThat(page.done()).isFalse();
        assertThat(page.nextRecordsUrl()).isEqualTo("/services/data/v66.0/query/01gD0000002HU6KIAW-2000");
        assertThat(page.records()).hasSize(2);
        SObject first = SObject.from(page.records().iterator().next());
        assertThat(first.date("ActivityDate")).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(first.dateTime("SystemModstamp")).isEqualTo(Instant.parse("2026-11-19T20:49:32Z"));
    }

    @Test
    void readsTheLastPageAsHavingNoContinuation() {
        QueryPage page = QueryPage.from(Fixtures.json("query-last-page.json"));

        assertThat(page.done()).isTrue();
        assertThat(page.nextRecordsUrl()).isNull();
    }

    @Test
    void readsACountFromTotalSize() {
        QueryPage page = QueryPage.from(Fixtures.json("query-count.json"));

        assertThat(page.totalSize()).isEqualTo(3214);
        assertThat(page.records()).isEmpty();
    }

    @Test
    void readsTheIdsAndCoverageOfGetUpdated() {
        UpdatedRecords updated = UpdatedRecords.from(Fixtures.json("get-updated.json"));

        assertThat(updated.ids()).containsExactly("00T5g00000AbCdEEAV", "00T5g00000AbCdFEAV", "00T5g00000AbCdGEAV");
        assertThat(updated.latestDateCovered()).isEqualTo(Instant.parse("2026-11-20T21:20:00Z"));
    }

    @Test
    void readsTheDeletesAndWindowOfGetDeleted() {
        DeletedRecords deleted = DeletedRecords.from(Fixtures.json("get-deleted.json"));

        assertThat(deleted.deletedRecords()).containsExactly(
                new DeletedRecord("00T5g00000AbCdHEAV", Instant.parse("2026-11-19T22:07:19Z")));
        assertThat(deleted.earliestDateAvailable()).isEqualTo(Instant.parse("2026-11-05T15:57:00Z"));
        assertThat(deleted.latestDateCovered()).isEqualTo(Instant.parse("2026-11-20T21:20:00Z"));
    }

    @Test
    void flagsAGetDeletedWindowThatStartsBeforeTheEarliestAvailableDelete() {
        DeletedRecords deleted = DeletedRecords.from(Fixtures.json("get-deleted.json"));

        assertThat(deleted.mayMissDeletesSince(Instant.parse("2026-11-01T00:00:00Z"))).isTrue();
        assertThat(deleted.mayMissDeletesSince(Instant.parse("2026-11-10T00:00:00Z"))).isFalse();
    }

    @Test
    void readsEachLimitWithItsMaximumAndRemainder() {
        OrgLimits limits = OrgLimits.from(Fixtures.json("limits.json"));

        assertThat(limits.dailyApiRequests()).contains(new OrgLimits.Limit(15000, 14937));
        assertThat(limits.dailyApiRequests().orElseThrow().used()).isEqualTo(63);
        assertThat(limits.get("DataStorageMB")).contains(new OrgLimits.Limit(5, 5));
        assertThat(limits.get("NoSuchLimit")).isEmpty();
    }
}
