package com.tasksync.salesforce.client.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SaveResultTest {

    @Test
    void readsTheResultOfACreate() {
        SaveResult result = SaveResult.from(Fixtures.json("create-success.json"));

        assertThat(result.id()).isEqualTo("00T5g00000AbCdHEAV");
        assertThat(result.success()).isTrue();
        assertThat(result.created()).isEmpty();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void tellsAnUpsertThatCreatedFromOneThatUpdated() {
        assertThat(SaveResult.from(Fixtures.json("upsert-created.json")).created()).contains(true);
        assertThat(SaveResult.from(Fixtures.json("upsert-updated.json")).created()).contains(false);
    }

    @Test
    void readsPerRecordErrorsOfACollectionByTheirStatusCode() {
        List<SaveResult> results = all("collection-create-results.json");

        assertThat(results).extracting(SaveResult::success).containsExactly(true, false, false);
        assertThat(results.get(1).id()).isNull();
        RecordError missing = results.get(1).errors().get(0);
        assertThat(missing.statusCode()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(missing.message()).isEqualTo("Required fields are missing: [Subject]");
        assertThat(missing.fields()).containsExactly("Subject");
    }

    @Test
    void classifiesPerRecordErrorsAsPermanentOrTransient() {
        List<SaveResult> results = all("collection-create-results.json");

        assertThat(results.get(1).errors().get(0).retryability()).isEqualTo(Retryability.PERMANENT);
        assertThat(results.get(2).errors().get(0).retryability()).isEqualTo(Retryability.TRANSIENT);
    }

    @Test
    void marksRecordsRolledBackByAllOrNoneAsWorthSendingAgain() {
        List<SaveResult> results = all("collection-all-or-none-results.json");

        assertThat(results.get(0).errors().get(0).retryability()).isEqualTo(Retryability.TRANSIENT);
        assertThat(results.get(1).errors().get(0).retryability()).isEqualTo(Retryability.PERMANENT);
    }

    @Test
    void readsCreatedFlagsOfACollectionUpsert() {
        assertThat(all("collection-upsert-results.json")).extracting(SaveResult::created)
                .containsExactly(java.util.Optional.of(true), java.util.Optional.of(false));
    }

    private static List<SaveResult> all(String fixture) {
        List<SaveResult> results = new ArrayList<>();
        for (JsonNode node : Fixtures.json(fixture)) {
            results.add(SaveResult.from(node));
        }
        return results;
    }
}
