package com.tasksync.emulator.demo;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.cdc.Edition;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.User;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Seeds the demo org: "Set Audit Fields upon Record Creation" on, a generous API allocation, a rep
 * (a standard user, who sees only their own tasks), an integration user with View All Data and View
 * Setup and Configuration (the
 * org-wide reader), a connected app whose callbacks are the app's default ones on port 8080, and
 * Task selected for Change Data Capture (Unlimited Edition's delivery allocation) once the sample
 * tasks exist.
 */
public final class DemoOrg {

    public static final String ORG_NAME = "TaskSync Demo";
    public static final String USERNAME = "demo@tasksync.example";
    public static final String PASSWORD = "demo-password-1";
    /** The org-wide reader: a user with View All Data, as an admin would set one up for an integration. */
    public static final String INTEGRATION_USERNAME = "integration@tasksync.example";
    public static final String INTEGRATION_PASSWORD = "integration-password-1";
    public static final String APP_NAME = "TaskSync";
    /** Fixed, so that an app configured once keeps working across emulator restarts. Not secret: a demo. */
    public static final String CLIENT_ID = "3MVG9TaskSyncDemo.Emulator.ConsumerKey.0000000000000000000000000000000000000000000000";
    public static final String CLIENT_SECRET = "DEMO0000TASKSYNC0000EMULATOR0000SECRET0000000000000000000000000001";
    public static final List<String> REDIRECT_URIS = List.of(
            "http://127.0.0.1:8080/settings/salesforce/callback",
            "http://localhost:8080/settings/salesforce/callback");

    private DemoOrg() {
    }

    /** The demo org with its sample accounts, contacts and three dozen tasks. */
    public static DemoCredentials seed(Emulator emulator) {
        return seed(emulator, new DemoTasks(emulator.clock(), 36));
    }

    public static DemoCredentials seed(Emulator emulator, DemoTaskSeeder tasks) {
        OrgSettings settings = OrgSettings.defaults()
                .withDailyApiRequests(5_000_000)
                .withSessionTimeout(Duration.ofHours(2))
                .withSetAuditFields(true)
                .withTimeZone("Europe/Berlin");
        Org org = emulator.admin().createOrg(ORG_NAME, settings);
        User user = emulator.admin().createUser(org.id(),
                new UserToCreate(USERNAME, PASSWORD, USERNAME, "Dana", "Demo", null));
        User integration = emulator.admin().createUser(org.id(),
                new UserToCreate(INTEGRATION_USERNAME, INTEGRATION_PASSWORD, INTEGRATION_USERNAME, "Ivy", "Integration", null),
                UserChange.none().permit(Permission.VIEW_ALL_DATA, true).permit(Permission.VIEW_SETUP, true));
        ConnectedApp app = emulator.admin().registerApp(
                new NewConnectedApp(APP_NAME, REDIRECT_URIS, null, USERNAME), CLIENT_ID, CLIENT_SECRET);
        tasks.seedTasks(org, user);
        emulator.changeDataCapture().updateSettings(org,
                cdc -> cdc.withSelectedEntities(Set.of("Task")).withEdition(Edition.UNLIMITED));
        return new DemoCredentials(emulator.baseUrl(), emulator.baseUrl(), org.id(), user.id(), USERNAME, PASSWORD,
                app.clientId(), app.clientSecret(), REDIRECT_URIS,
                new DemoCredentials.Login(integration.id(), INTEGRATION_USERNAME, INTEGRATION_PASSWORD));
    }
}
