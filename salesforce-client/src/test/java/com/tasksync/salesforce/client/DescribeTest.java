package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.support.EmulatorOrg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DescribeTest {

    private final EmulatorOrg org = EmulatorOrg.start();
    private final SalesforceClient client = org.client();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void readsTheFieldsOfATypeWithWhatEachAllows() {
        SObjectDescription task = client.describe("Task");

        assertThat(task.name()).isEqualTo("Task");
        assertThat(task.field("subject")).hasValueSatisfying(subject -> {
            assertThat(subject.name()).isEqualTo("Subject");
            assertThat(subject.createable()).isTrue();
            assertThat(subject.updateable()).isTrue();
        });
        assertThat(task.field("TaskSubtype")).hasValueSatisfying(subtype -> {
            assertThat(subtype.createable()).isTrue();
            assertThat(subtype.updateable()).isFalse();
        });
        assertThat(task.field("TaskSync_Id__c")).hasValueSatisfying(id -> assertThat(id.externalId()).isTrue());
        assertThat(task.field("IsClosed")).hasValueSatisfying(closed -> assertThat(closed.updateable()).isFalse());
        assertThat(task.field("NoSuchField__c")).isEmpty();
    }
}
