package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReplicationTest {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Instant now() {
        return api.emulator.clock().now();
    }

    private DataApi.Reply window(String kind, Instant start, Instant end) {
        return api.get("/sobjects/Task/" + kind + "/?start=" + URLEncoder.encode(ISO.format(start), StandardCharsets.UTF_8)
                + "&end=" + URLEncoder.encode(ISO.format(end), StandardCharsets.UTF_8));
    }

    @Test
    void listsUpdatedIdsBySystemModstampWithMinuteGranularity() {
        Instant start = now().truncatedTo(ChronoUnit.MINUTES);
        String changed = api.task("a");
        api.advance(Duration.ofMinutes(2));
        Instant end = now().plusSeconds(1);

        JsonNode body = window("updated", start, end).json();

        assertThat(body.get("ids").valueStream().map(JsonNode::asString).toList()).containsExactly(changed);
        assertThat(body.get("latestDateCovered").asString())
                .isEqualTo(FieldValues.format(end.truncatedTo(ChronoUnit.MINUTES)));
    }

    @Test
    void leavesOutChangesAfterTheTruncatedEnd() {
        api.advance(Duration.ofMinutes(1));
        Instant start = now().minus(Duration.ofMinutes(1));
        Instant end = now();
        api.advance(Duration.ofMinutes(1));
        api.task("later");

        assertThat(window("updated", start, end).json().get("ids")).isEmpty();
    }

    @Test
    void refusesUpdatedWindowsThatAreEmptyOrReachBeyond30Days() {
        Instant now = now();

        DataApi.Reply reversed = window("updated", now, now.minus(Duration.ofMinutes(5)));
        DataApi.Reply sameMinute = window("updated", now.truncatedTo(ChronoUnit.MINUTES),
                now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(30));
        DataApi.Reply tooOld = window("updated", now.minus(Duration.ofDays(32)), now);

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.errorCode()).isEqualTo("INVALID_REPLICATION_DATE");
        assertThat(sameMinute.errorCode()).isEqualTo("INVALID_REPLICATION_DATE");
        assertThat(tooOld.errorCode()).isEqualTo("INVALID_REPLICATION_DATE");
        assertThat(window("updated", now.minus(Duration.ofDays(29)), now).status()).isEqualTo(200);
    }

    @Test
    void listsDeletedRecordsWithTheirDeletionTime() {
        Instant start = now().minus(Duration.ofMinutes(5));
        String id = api.task("gone");
        api.delete("/sobjects/Task/" + id);
        Instant deletedAt = FieldValues.datetime(OrgData.of(api.org).read(() -> FieldValues.format(
                OrgData.of(api.org).find(id).deletedAt())));
        api.advance(Duration.ofMinutes(2));

        JsonNode body = window("deleted", start, now()).json();

        assertThat(body.get("deletedRecords")).hasSize(1);
        assertThat(body.get("deletedRecords").get(0).get("id").asString()).isEqualTo(id);
        assertThat(body.get("deletedRecords").get(0).get("deletedDate").asString()).isEqualTo(FieldValues.format(deletedAt));
        assertThat(body.get("earliestDateAvailable").asString()).endsWith(":00.000+0000");
        assertThat(body.get("latestDateCovered").asString()).isEqualTo(FieldValues.format(now().truncatedTo(ChronoUnit.MINUTES)));
    }

    @Test
    void refusesDeletedWindowsOfAMinuteOrLessAndBeyond15Days() {
        Instant minute = now().truncatedTo(ChronoUnit.MINUTES);

        assertThat(window("deleted", minute.minus(Duration.ofMinutes(1)), minute).errorCode())
                .isEqualTo("INVALID_REPLICATION_DATE");
        assertThat(window("deleted", now().minus(Duration.ofDays(17)), now()).errorCode())
                .isEqualTo("INVALID_REPLICATION_DATE");
        assertThat(window("deleted", minute.minus(Duration.ofMinutes(2)), minute).status()).isEqualTo(200);
    }

    @Test
    void purgesTheRecycleBinAfter15Days() {
        String id = api.task("gone");
        api.delete("/sobjects/Task/" + id);
        api.advance(Duration.ofDays(14));
        assertThat(api.get("/sobjects/Task/" + id).errorCode()).isEqualTo("ENTITY_IS_DELETED");

        api.advance(Duration.ofDays(1).plusMinutes(1));

        assertThat(api.get("/sobjects/Task/" + id).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/queryAll?q=SELECT%20Id%20FROM%20Task").json().get("totalSize").intValue()).isZero();
        assertThat(window("deleted", now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(15)), now()).errorCode())
                .isEqualTo("INVALID_REPLICATION_DATE");
        JsonNode recent = window("deleted", now().minus(Duration.ofHours(1)), now()).json();
        assertThat(recent.get("deletedRecords")).isEmpty();
        assertThat(FieldValues.datetime(recent.get("earliestDateAvailable").asString()))
                .isAfter(now().minus(Duration.ofDays(16)));
    }

    @Test
    void refusesReplicationOfTypesThatAreNotReplicateable() {
        assertThat(api.get("/sobjects/TaskStatus/updated/?start=2026-01-01T00:00:00Z&end=2026-01-02T00:00:00Z").status())
                .isEqualTo(400);
    }
}
