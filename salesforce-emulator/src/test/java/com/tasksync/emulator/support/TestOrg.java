package com.tasksync.emulator.support;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh org with one user and one connected app, made through the admin Java API; names are unique per call. */
public record TestOrg(Org org, User user, String password, ConnectedApp app) {

    public static final String CALLBACK = "http://127.0.0.1:8080/settings/salesforce/callback";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static TestOrg create(Emulator emulator) {
        return create(emulator, OrgSettings.defaults(), null);
    }

    public static TestOrg create(Emulator emulator, OrgSettings settings, String certificatePem) {
        int n = SEQUENCE.incrementAndGet();
        Org org = emulator.admin().createOrg("Test Org " + n, settings);
        String username = "user" + n + "-" + System.nanoTime() + "@test.example";
        User user = emulator.admin().createUser(org.id(), new UserToCreate(username, "secret-" + n, null, "Test", "User " + n, null));
        ConnectedApp app = emulator.admin().registerApp(
                NewConnectedApp.of("App " + n, CALLBACK).withCertificate(certificatePem).withRunAs(username));
        return new TestOrg(org, user, "secret-" + n, app);
    }
}
