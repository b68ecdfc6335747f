package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.User;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tooling API queries against the emulator: the Change Data Capture selection as a pre-flight check reads it. */
class ToolingQueryTest {

    private static final String ROUTE = "GET /services/data/{version}/tooling/query";
    private static final Soql SELECTED = Soql.of("SELECT Id, DeveloperName, EventChannel, SelectedEntity"
            + " FROM PlatformEventChannelMember WHERE SelectedEntity = :entity");

    private final EmulatorOrg org = EmulatorOrg.start();

    @AfterEach
    void stop() {
        org.close();
    }

    private SalesforceClient adminClient() {
        User admin = org.addUser("admin", UserChange.none().permit(Permission.VIEW_SETUP, true));
        return org.clientOf(admin);
    }

    private void select(String... entities) {
        org.emulator().changeDataCapture().updateSettings(org.org(), s -> s.withSelectedEntities(Set.of(entities)));
    }

    @Test
    void findsTheStandardChannelMemberOfASelectedEntity() {
        select("Task", "Account");

        List<SObject> members = adminClient().toolingQuery(SELECTED.bind("entity", "TaskChangeEvent")).toList();

        assertThat(members).hasSize(1);
        SObject task = members.get(0);
        assertThat(task.type()).isEqualTo("PlatformEventChannelMember");
        assertThat(task.id()).startsWith("0v8").hasSize(18);
        assertThat(task.string("DeveloperName")).isEqualTo("ChangeEvents_TaskChangeEvent");
        assertThat(task.string("EventChannel")).isEqualTo("ChangeEvents");
        assertThat(task.string("SelectedEntity")).isEqualTo("TaskChangeEvent");
    }

    @Test
    void findsNoMemberWhenTheEntityIsNotSelected() {
        select("Account");

        assertThat(adminClient().toolingQuery("SELECT Id FROM PlatformEventChannelMember"
                + " WHERE SelectedEntity = 'TaskChangeEvent'").toList()).isEmpty();
    }

    @Test
    void aUserWithoutViewSetupAndConfigurationGetsAPermanentInvalidType() {
        select("Task");
        SalesforceClient rep = org.client();

        assertThatThrownBy(() -> rep.toolingQuery(SELECTED.bind("entity", "TaskChangeEvent")).toList())
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(400);
                    assertThat(failure.errorCode()).isEqualTo("INVALID_TYPE");
                    assertThat(failure.retryable()).isFalse();
                });
    }

    @Test
    void retriesATransientFailureAndCountsEachAttempt() {
        select("Task");
        SalesforceClient client = adminClient();
        org.inject(FaultSpec.status("GET", "/services/data/*/tooling/query", 503, "SERVER_UNAVAILABLE", "Server unavailable")
                .times(1));
        long calls = org.calls().of(ROUTE);

        assertThat(client.toolingQuery(SELECTED.bind("entity", "TaskChangeEvent")).count()).isEqualTo(1);

        assertThat(org.sleeper().waits()).hasSize(1);
        assertThat(org.calls().of(ROUTE) - calls).isEqualTo(2);
        assertThat(client.apiUsage()).isPresent();
    }
}
