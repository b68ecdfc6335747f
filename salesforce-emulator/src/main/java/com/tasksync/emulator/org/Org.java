package com.tasksync.emulator.org;

import com.tasksync.emulator.data.OrgData;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One Salesforce org: its settings, users, their permissions and roles, API usage and records. */
public final class Org {

    private final String id;
    private final String name;
    private final Instant createdDate;
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final ApiUsage apiUsage = new ApiUsage();
    private final AccessControl access;
    private final OrgData data;
    private volatile OrgSettings settings;

    public Org(String id, String name, Instant createdDate, OrgSettings settings, SalesforceIds ids, EmulatorClock clock) {
        this.id = id;
        this.name = name;
        this.createdDate = createdDate;
        this.settings = settings;
        this.access = new AccessControl(ids);
        this.data = new OrgData(this, ids, clock);
    }

    public String id() {
        return id;
    }

    /** The 15-character form that prefixes this org's access tokens. */
    public String id15() {
        return SalesforceIds.to15(id);
    }

    public String name() {
        return name;
    }

    public Instant createdDate() {
        return createdDate;
    }

    public OrgSettings settings() {
        return settings;
    }

    public void settings(OrgSettings value) {
        settings = value;
    }

    public ApiUsage apiUsage() {
        return apiUsage;
    }

    /** Users' permissions and roles: what sharing and the API gate consult. */
    public AccessControl access() {
        return access;
    }

    public OrgData data() {
        return data;
    }

    public Collection<User> users() {
        return users.values();
    }

    public User user(String userId) {
        return users.get(userId);
    }

    void addUser(User user) {
        users.put(user.id(), user);
    }
}
