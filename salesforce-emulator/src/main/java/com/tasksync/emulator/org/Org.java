package com.tasksync.emulator.org;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One Salesforce org: its settings, users, their permissions and roles, API usage. Parts kept by
 * other packages (the records, the change feed) hang on it through {@link #part}, so this package
 * depends on none of them.
 */
public final class Org {

    private final String id;
    private final String name;
    private final Instant createdDate;
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final RollingApiCount apiUsage = new RollingApiCount();
    private final AccessControl access;
    private final SalesforceIds ids;
    private final EmulatorClock clock;
    private final Map<Class<?>, Object> parts = new ConcurrentHashMap<>();
    private volatile OrgSettings settings;

    public Org(String id, String name, Instant createdDate, OrgSettings settings, SalesforceIds ids, EmulatorClock clock) {
        this.id = id;
        this.name = name;
        this.createdDate = createdDate;
        this.settings = settings;
        this.access = new AccessControl(ids);
        this.ids = ids;
        this.clock = clock;
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

    public RollingApiCount apiUsage() {
        return apiUsage;
    }

    /** Users' permissions and roles: what sharing and the API gate consult. */
    public AccessControl access() {
        return access;
    }

    /** The emulator-wide ID sequence that this org's records draw from. */
    public SalesforceIds ids() {
        return ids;
    }

    public EmulatorClock clock() {
        return clock;
    }

    /** The part of this org of the given kind, made by {@code make} the first time it is asked for. */
    public <T> T part(Class<T> kind, Function<Org, T> make) {
        return kind.cast(parts.computeIfAbsent(kind, k -> make.apply(this)));
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
