package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.User;
import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client against an org with sharing: a rep's session reads the rep's own tasks, an
 * integration user's with View All Data reads everyone's, and what sharing or a missing permission
 * refuses arrives as a permanent error.
 */
class SharingTest {

    private static final Soql VIEW_ALL_DATA_CHECK = Soql.of("SELECT Id FROM PermissionSetAssignment WHERE AssigneeId = :user"
            + " AND PermissionSet.PermissionsViewAllData = true");

    private final EmulatorOrg org = EmulatorOrg.start();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void aRepReadsOnlyTheirOwnTasksAndTheIntegrationUserReadsEveryone() {
        User other = org.addUser("other", UserChange.none());
        User integration = org.addUser("integration", UserChange.none().permit(Permission.VIEW_ALL_DATA, true));
        SalesforceClient rep = org.client();
        String mine = rep.create(Tasks.task("Mine")).id();
        String theirs = org.clientOf(other).create(Tasks.task("Theirs")).id();

        List<String> seenByRep = rep.query("SELECT Id FROM Task").map(SObject::id).toList();
        List<String> seenByIntegration = org.clientOf(integration).query("SELECT Id FROM Task").map(SObject::id).toList();

        assertThat(seenByRep).containsExactly(mine);
        assertThat(seenByIntegration).containsExactlyInAnyOrder(mine, theirs);
        assertThat(rep.count("SELECT COUNT() FROM Task")).isEqualTo(1);
    }

    @Test
    void aPreFlightCheckFindsViewAllDataOnlyOnTheIntegrationUser() {
        User integration = org.addUser("integration", UserChange.none().permit(Permission.VIEW_ALL_DATA, true));
        SalesforceClient client = org.clientOf(integration);

        assertThat(client.query(VIEW_ALL_DATA_CHECK.bind("user", integration.id())).count()).isEqualTo(1);
        assertThat(client.query(VIEW_ALL_DATA_CHECK.bind("user", org.user().id())).count()).isZero();
    }

    @Test
    void changingAnotherRepsTaskIsAPermanentInsufficientAccess() {
        User other = org.addUser("other", UserChange.none());
        String theirs = org.clientOf(other).create(Tasks.task("Theirs")).id();
        SObject change = SObject.of("Task", theirs).with("Subject", "Mine now");

        assertThatThrownBy(() -> org.client().update(change))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
                    assertThat(e.retryability()).isEqualTo(Retryability.PERMANENT);
                });
    }

    @Test
    void aUserWithoutApiEnabledGetsAPermanentApiDisabledForOrg() {
        User locked = org.addUser("locked", UserChange.none().permit(Permission.API_ENABLED, false));

        assertThatThrownBy(() -> org.clientOf(locked).limits())
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.errorCode()).isEqualTo("API_DISABLED_FOR_ORG");
                    assertThat(e.retryability()).isEqualTo(Retryability.PERMANENT);
                });
    }
}
