package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DescribeTest {

    private final DataApi api = DataApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Map<String, JsonNode> taskFields() {
        Map<String, JsonNode> out = new HashMap<>();
        api.get("/sobjects/Task/describe").json().get("fields").forEach(f -> out.put(f.get("name").asString(), f));
        return out;
    }

    @Test
    void describesTaskWithItsMappedFields() {
        JsonNode describe = api.get("/sobjects/Task/describe").json();
        Map<String, JsonNode> fields = taskFields();

        assertThat(describe.get("name").asString()).isEqualTo("Task");
        assertThat(describe.get("keyPrefix").asString()).isEqualTo("00T");
        assertThat(describe.get("replicateable").booleanValue()).isTrue();
        assertThat(describe.get("urls").get("describe").asString()).isEqualTo("/services/data/v66.0/sobjects/Task/describe");
        assertThat(fields).containsKeys("Id", "Subject", "ActivityDate", "Status", "Priority", "Description", "WhoId",
                "WhatId", "OwnerId", "IsClosed", "TaskSubtype", "Type", "ReminderDateTime", "IsReminderSet",
                "CompletedDateTime", "SystemModstamp", "IsDeleted", "IsArchived", "TaskSync_Id__c");
        assertThat(fields.get("Subject").get("type").asString()).isEqualTo("combobox");
        assertThat(fields.get("Subject").get("length").intValue()).isEqualTo(255);
        assertThat(fields.get("Description").get("length").intValue()).isEqualTo(32000);
        assertThat(fields.get("ActivityDate").get("type").asString()).isEqualTo("date");
        assertThat(fields.get("IsClosed").get("updateable").booleanValue()).isFalse();
        assertThat(fields.get("TaskSubtype").get("createable").booleanValue()).isTrue();
        assertThat(fields.get("TaskSubtype").get("updateable").booleanValue()).isFalse();
        assertThat(fields.get("WhoId").get("referenceTo").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Contact", "Lead");
        assertThat(fields.get("TaskSync_Id__c").get("externalId").booleanValue()).isTrue();
        assertThat(fields.get("TaskSync_Id__c").get("unique").booleanValue()).isTrue();
        assertThat(fields.get("TaskSync_Id__c").get("custom").booleanValue()).isTrue();
    }

    @Test
    void describesTheStatusPicklistWithItsDefault() {
        JsonNode status = taskFields().get("Status");

        assertThat(status.get("restrictedPicklist").booleanValue()).isTrue();
        assertThat(status.get("nillable").booleanValue()).isFalse();
        assertThat(status.get("picklistValues").valueStream().map(v -> v.get("value").asString()).toList())
                .containsExactly("Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred");
        assertThat(status.get("picklistValues").get(0).get("defaultValue").booleanValue()).isTrue();
    }

    @Test
    void listsEveryTypeInTheGlobalDescribe() {
        JsonNode global = api.get("/sobjects").json();

        assertThat(global.get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(global.get("maxBatchSize").intValue()).isEqualTo(200);
        assertThat(global.get("sobjects").valueStream().map(t -> t.get("name").asString()).toList())
                .contains("Account", "Contact", "Lead", "Opportunity", "Organization", "Task", "TaskStatus", "User");
    }

    @Test
    void answersBasicInformationAboutAType() {
        JsonNode info = api.get("/sobjects/Contact").json();

        assertThat(info.get("objectDescribe").get("keyPrefix").asString()).isEqualTo("003");
        assertThat(info.get("recentItems").isArray()).isTrue();
    }

    @Test
    void describesCustomFieldsAddedLater() {
        OrgData.of(api.org).addCustomField("Task", FieldBuilder.text("Region__c", 20).build());

        assertThat(taskFields().get("Region__c").get("custom").booleanValue()).isTrue();
    }
}
