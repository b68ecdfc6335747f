package com.tasksync.emulator.org;

import java.time.Duration;

/**
 * What differs between orgs: the daily API allocation, the session timeout, "Set Audit Fields
 * upon Record Creation", and the default time zone.
 */
public record OrgSettings(
        int dailyApiRequests,
        Duration sessionTimeout,
        boolean setAuditFields,
        String timeZoneSidKey) {

    public static OrgSettings defaults() {
        return new OrgSettings(100_000, Duration.ofHours(2), false, "America/Los_Angeles");
    }

    public OrgSettings withDailyApiRequests(int value) {
        return new OrgSettings(value, sessionTimeout, setAuditFields, timeZoneSidKey);
    }

    public OrgSettings withSessionTimeout(Duration value) {
        return new OrgSettings(dailyApiRequests, value, setAuditFields, timeZoneSidKey);
    }

    public OrgSettings withSetAuditFields(boolean value) {
        return new OrgSettings(dailyApiRequests, sessionTimeout, value, timeZoneSidKey);
    }

    public OrgSettings withTimeZone(String value) {
        return new OrgSettings(dailyApiRequests, sessionTimeout, setAuditFields, value);
    }
}
