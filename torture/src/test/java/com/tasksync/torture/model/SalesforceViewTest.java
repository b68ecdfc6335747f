package com.tasksync.torture.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.torture.http.Json;
import org.junit.jupiter.api.Test;

class SalesforceViewTest {

    @Test
    void readsTheDocumentedMapping() {
        var record = Json.object().put("Subject", "  ").put("Description", "").put("ActivityDate", "4000-12-31")
                .put("IsClosed", false).put("Status", "Waiting on someone else").put("Priority", "Urgent")
                .put("Type", "Webinar").put("TaskSubtype", "Call").put("ReminderDateTime", "2031-05-04T09:30:00.000+0000")
                .put("IsReminderSet", false);
        var values = SalesforceView.of(record);
        assertThat(values.get(Field.SUBJECT)).isEqualTo("(no subject)");
        assertThat(values.get(Field.DESCRIPTION)).isNull();
        assertThat(values.get(Field.DUE_DATE)).isEqualTo("4000-12-31");
        assertThat(values.get(Field.STATUS)).isEqualTo("open");
        assertThat(values.get(Field.PRIORITY)).isEqualTo("normal");
        assertThat(values.get(Field.TYPE)).isEqualTo("call");
        assertThat(values.get(Field.REMINDER)).isNull();
    }

    @Test
    void typeDecidesOverSubtypeWhenItIsOneTaskSyncKnows() {
        assertThat(SalesforceView.type("Meeting", "Email")).isEqualTo("other");
        assertThat(SalesforceView.type(null, "LinkedIn")).isEqualTo("linkedin");
        assertThat(SalesforceView.type(null, null)).isEqualTo("todo");
    }

    @Test
    void nulAndItsReplacementCompareEqual() {
        assertThat(Canonical.description("a\u0000b")).isEqualTo(Canonical.description("a\uFFFDb"));
        assertThat(Canonical.subject("x\u0000")).isEqualTo(TaskSyncView.value(Field.SUBJECT, "x\uFFFD"));
    }

    @Test
    void remindersCompareToTheSecondInEitherFormat() {
        assertThat(Canonical.instant("2031-05-04T09:30:00.000+0000")).isEqualTo(Canonical.instant("2031-05-04T09:30:00.4Z"));
    }
}
