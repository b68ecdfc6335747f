package com.tasksync.salesforce.client.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.salesforce.client.support.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SObjectTest {

    private final SObject task = SObject.from(Fixtures.json("task-record.json"));

    @Test
    void readsTypeAndIdOfARecordFromSalesforce() {
        assertThat(task.type()).isEqualTo("Task");
        assertThat(task.id()).isEqualTo("00T5g00000AbCdEEAV");
    }

    @Test
    void takesTheIdFromTheRecordUrlWhenTheFieldListLeftItOut() {
        SObject partial = SObject.from(Fixtures.json("task-record.json").deepCopy());
        partial.without("Id");

        assertThat(partial.id()).isEqualTo("00T5g00000AbCdEEAV");
    }

    @Test
    void readsDatesAsDatesAndDatetimesAsInstants() {
        assertThat(task.date("ActivityDate")).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(task.dateTime("CreatedDate")).isEqualTo(Instant.parse("2013-05-20T20:49:32Z"));
        assertThat(task.dateTime("ReminderDateTime")).isEqualTo(Instant.parse("2026-11-20T08:30:00Z"));
    }

    @Test
    void readsNullFieldsAsNullAndMissingFieldsAsAbsent() {
        assertThat(task.string("Type")).isNull();
        assertThat(task.has("Type")).isTrue();
        assertThat(task.has("CompletedDateTime")).isFalse();
        assertThat(task.date("CompletedDateTime")).isNull();
    }

    @Test
    void readsBooleansNumbersAndTextWithNewlines() {
        assertThat(task.bool("IsClosed")).isFalse();
        assertThat(task.bool("IsReminderSet")).isTrue();
        assertThat(task.decimal("CallDurationInSeconds")).isEqualByComparingTo("420");
        assertThat(task.string("Description")).contains("\nPrefers mornings.");
    }

    @Test
    void readsAParentRecordThroughItsRelationship() {
        assertThat(task.related("Owner")).get().extracting(owner -> owner.string("Name")).isEqualTo("Ada Lovelace");
        assertThat(task.related("What")).isEmpty();
    }

    @Test
    void listsFieldNamesWithoutTheAttributesBlock() {
        assertThat(task.fieldNames()).contains("Id", "Subject").doesNotContain("attributes");
    }

    @Test
    void writesValuesInSalesforceFormats() {
        SObject created = SObject.of("Task")
                .with("Subject", "Call")
                .with("ActivityDate", LocalDate.of(2026, 11, 20))
                .with("ReminderDateTime", Instant.parse("2026-11-20T08:30:00Z"))
                .with("IsReminderSet", true)
                .with("CallDurationInSeconds", 60)
                .with("WhatId", null);

        assertThat(created.fieldsExcept().toString()).isEqualTo("{\"Subject\":\"Call\",\"ActivityDate\":\"2026-11-20\","
                + "\"ReminderDateTime\":\"2026-11-20T08:30:00.000Z\",\"IsReminderSet\":true,"
                + "\"CallDurationInSeconds\":60,\"WhatId\":null}");
        assertThat(created.json().path("attributes").path("type").asString()).isEqualTo("Task");
    }

    @Test
    void leavesIdAndNamedFieldsOutOfAWriteBody() {
        SObject update = SObject.of("Task", "00T5g00000AbCdEEAV").with("Subject", "x").with("External__c", "e1");

        assertThat(update.fieldsExcept("Id", "External__c").propertyNames()).containsExactly("Subject");
        assertThat(update.id()).isEqualTo("00T5g00000AbCdEEAV");
    }

    @Test
    void refusesValuesItCannotWrite() {
        assertThatThrownBy(() -> SObject.of("Task").with("Subject", new Object()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SObject.of("Task").with("Amount", new BigDecimal("1.50")).decimal("Amount")).isEqualByComparingTo("1.5");
    }
}
