package com.tasksync.support;

import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh emulator org for one test, with "Set Audit Fields upon Record Creation" on so tests can seed history. */
public final class SalesforceOrg {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Org org;

    private SalesforceOrg(Org org) {
        this.org = org;
    }

    public static SalesforceOrg create() {
        return create(OrgSettings.defaults());
    }

    public static SalesforceOrg create(OrgSettings settings) {
        var n = SEQUENCE.incrementAndGet();
        return new SalesforceOrg(EngineEmulator.emulator().admin().createOrg("Engine Test Org " + n,
                settings.withSetAuditFields(true)));
    }

    public String id() {
        return org.id();
    }

    public Org org() {
        return org;
    }

    public SalesforceRep newRep() {
        var n = SEQUENCE.incrementAndGet();
        var username = "rep" + n + "-" + System.nanoTime() + "@engine.example";
        var user = EngineEmulator.emulator().admin().createUser(org.id(),
                new UserToCreate(username, "rep-password-" + n, null, "Rep", "Number " + n, null));
        return new SalesforceRep(user, org.settings().taskSyncIdField());
    }

    /** The emulator's clock, which every org shares. */
    public static Instant now() {
        return EngineEmulator.emulator().admin().now();
    }
}
