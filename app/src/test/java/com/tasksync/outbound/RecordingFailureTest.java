package com.tasksync.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.SyncTestBase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch's answers are recorded in one transaction; when the database refuses one of them, the
 * others are still recorded, one by one, and the refused one counts an attempt and is sent again
 * later — without a second record in Salesforce. A trigger stands in for the refusal (a bug, or
 * data the database will not take), on one task's link only.
 */
class RecordingFailureTest extends SyncTestBase {

    @AfterEach
    void dropTrigger() {
        jdbc.sql("drop trigger if exists refuse_one_link on task_link").update();
        jdbc.sql("drop function if exists refuse_one_link()").update();
    }

    @Test
    void oneAnswerTheDatabaseRefusesHoldsBackNeitherTheOthersNorItself() {
        var syncing = startSyncing();
        var api = api(syncing.user());
        var refused = api.post("/api/tasks", Map.of("subject", "refused link")).json().get("id").stringValue();
        var fine = api.post("/api/tasks", Map.of("subject", "fine")).json().get("id").stringValue();
        jdbc.sql("""
                create function refuse_one_link() returns trigger language plpgsql as $$
                begin
                    if new.task_id = '%s' and new.salesforce_id is not null then
                        raise exception 'refused for the test';
                    end if;
                    return new;
                end $$""".formatted(refused)).update();
        jdbc.sql("create trigger refuse_one_link before insert or update on task_link"
                + " for each row execute function refuse_one_link()").update();

        // one pass only: the refused one's retry is due after a random 0–5 s, which a second pass may find
        relay.relayOnce();

        assertThat(api.get("/api/tasks/" + fine).json().get("syncState").stringValue()).isEqualTo("synced");
        assertThat(api.get("/api/tasks/" + refused).json().get("syncState").stringValue()).isEqualTo("pending");
        assertThat(jdbc.sql("select attempts from outbox_entry where task_id = :id::uuid").param("id", refused)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select last_error from outbox_entry where task_id = :id::uuid").param("id", refused)
                .query(String.class).single()).contains("could not record Salesforce's answer");

        dropTrigger();
        jdbc.sql("update outbox_entry set next_attempt_at = '-infinity'").update();
        relay();

        assertThat(api.get("/api/tasks/" + refused).json().get("syncState").stringValue()).isEqualTo("synced");
        assertThat(syncing.rep().tasks()).extracting(record -> record.string("Subject"))
                .containsExactlyInAnyOrder("refused link", "fine");
    }
}
