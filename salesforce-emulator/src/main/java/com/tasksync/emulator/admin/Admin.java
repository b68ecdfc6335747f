package com.tasksync.emulator.admin;

import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.Role;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.org.User;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The admin operations as a Java API, for in-process tests that need no HTTP for setup; the
 * {@code /__admin/} endpoints call the same methods.
 */
public final class Admin {

    private final Directory directory;
    private final Faults faults;

    public Admin(Directory directory, Faults faults) {
        this.directory = directory;
        this.faults = faults;
    }

    public Org createOrg(String name, OrgSettings settings) {
        if (name == null || name.isBlank()) {
            throw AdminErrors.invalid("name", "required");
        }
        return directory.createOrg(name, settings == null ? OrgSettings.defaults() : settings);
    }

    public User createUser(String orgId, UserToCreate spec) {
        Org org = org(orgId);
        if (spec.username() == null || !spec.username().contains("@")) {
            throw AdminErrors.invalid("username", "required, in the form of an email address");
        }
        if (spec.password() == null || spec.password().isEmpty()) {
            throw AdminErrors.invalid("password", "required");
        }
        if (directory.userByUsername(spec.username()).isPresent()) {
            throw AdminErrors.invalid("username", "duplicate username " + spec.username());
        }
        String lastName = spec.lastName() == null ? spec.username().replaceFirst("@.*", "") : spec.lastName();
        String email = spec.email() == null ? spec.username() : spec.email();
        return directory.createUser(org, spec.username(), spec.password(), email, spec.firstName(), lastName, spec.timeZone());
    }

    /** Creates a user and gives it the permissions and role of {@code change}; checked before the user exists. */
    public User createUser(String orgId, UserToCreate spec, UserChange change) {
        Org org = org(orgId);
        Set<Permission> permissions = permissionsAfter(Set.of(), change, true);
        checkRole(org, change);
        User user = createUser(orgId, spec);
        org.access().grant(user.id(), permissions);
        if (change.roleGiven()) {
            org.access().assignRole(user.id(), change.roleId());
        }
        return user;
    }

    /** Switches the user's permissions given in {@code change} on or off, and moves the user to its role if given. */
    public User updateUser(String orgId, String userId, UserChange change) {
        Org org = org(orgId);
        User user = user(org, userId);
        Set<Permission> permissions = permissionsAfter(org.access().permissions(user.id()), change, false);
        checkRole(org, change);
        org.access().grant(user.id(), permissions);
        if (change.roleGiven()) {
            org.access().assignRole(user.id(), change.roleId());
        }
        return user;
    }

    public Role createRole(String orgId, String name, String parentRoleId) {
        Org org = org(orgId);
        if (name == null || name.isBlank()) {
            throw AdminErrors.invalid("name", "required");
        }
        if (parentRoleId != null && org.access().role(parentRoleId) == null) {
            throw AdminErrors.invalid("parentRoleId", "no role " + parentRoleId + " in org " + org.id());
        }
        return org.access().createRole(name, parentRoleId);
    }

    /** Sets the user's security token, or a fresh one when {@code token} is null; returns it. */
    public String resetSecurityToken(String orgId, String userId, String token) {
        User user = user(org(orgId), userId);
        if (token != null && !token.matches("[A-Za-z0-9]{1,64}")) {
            throw AdminErrors.invalid("securityToken", "letters and digits only, 1 to 64 of them");
        }
        return directory.resetSecurityToken(user.id(), token);
    }

    public String securityToken(String userId) {
        return directory.securityToken(userId);
    }

    public User user(Org org, String userId) {
        String canonical = com.tasksync.emulator.org.SalesforceIds.canonical(userId);
        User user = canonical == null ? null : org.user(canonical);
        if (user == null) {
            throw AdminErrors.notFound("userId", userId);
        }
        return user;
    }

    private static Set<Permission> permissionsAfter(Set<Permission> current, UserChange change, boolean fresh) {
        EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
        out.addAll(fresh ? com.tasksync.emulator.org.AccessControl.STANDARD_USER : current);
        change.permissions().forEach((permission, on) -> {
            if (on) {
                out.add(permission);
            } else {
                out.remove(permission);
            }
        });
        if (out.contains(Permission.MODIFY_ALL_DATA) && !out.contains(Permission.VIEW_ALL_DATA)) {
            throw AdminErrors.invalid("permissions." + Permission.MODIFY_ALL_DATA.apiName(),
                    "Modify All Data depends on View All Data");
        }
        return out;
    }

    private static void checkRole(Org org, UserChange change) {
        if (change.roleGiven() && change.roleId() != null && org.access().role(change.roleId()) == null) {
            throw AdminErrors.invalid("roleId", "no role " + change.roleId() + " in org " + org.id());
        }
    }

    /**
     * Registers an app with a client id of the caller's choosing (and a secret, or a fresh one when null): a demo keeps
     * its credentials across runs, and a client with a built-in id (the Salesforce CLI's {@code PlatformCLI}) can log in.
     */
    public ConnectedApp registerApp(NewConnectedApp spec, String clientId, String clientSecret) {
        ConnectedApp fresh = registerApp(spec);
        directory.unregisterApp(fresh.clientId());
        try {
            String secret = clientSecret == null ? fresh.clientSecret() : clientSecret;
            return directory.registerApp(new ConnectedApp(fresh.name(), clientId, secret, fresh.redirectUris(),
                    fresh.certificateKey(), fresh.runAsUserId()));
        } catch (IllegalArgumentException e) {
            throw AdminErrors.invalid("clientId", "already registered");
        }
    }

    public ConnectedApp registerApp(NewConnectedApp spec) {
        if (spec.name() == null || spec.name().isBlank()) {
            throw AdminErrors.invalid("name", "required");
        }
        String runAs = null;
        if (spec.runAsUsername() != null) {
            runAs = directory.userByUsername(spec.runAsUsername())
                    .orElseThrow(() -> AdminErrors.invalid("runAs", "no user " + spec.runAsUsername())).id();
        }
        var key = spec.certificatePem() == null ? null : PemKeys.publicKey(spec.certificatePem());
        return directory.registerApp(spec.name(), spec.redirectUris() == null ? java.util.List.of() : spec.redirectUris(),
                key, runAs);
    }

    /** A session for the user without any OAuth flow, as if it had logged in. */
    public Session openSession(String username) {
        User user = directory.userByUsername(username).orElseThrow(() -> AdminErrors.notFound("username", username));
        return directory.openSession(user, null);
    }

    public OrgSettings updateSettings(String orgId, UnaryOperator<OrgSettings> change) {
        Org org = org(orgId);
        org.settings(change.apply(org.settings()));
        return org.settings();
    }

    /** Sets the org's API request count of the last 24 hours, to bring it near or past its daily limit. */
    public void setApiUsage(String orgId, long used) {
        if (used < 0) {
            throw AdminErrors.invalid("used", "must not be negative");
        }
        org(orgId).apiUsage().set(directory.now(), used);
    }

    /** Clears call counts and faults and puts the clock back; with {@code orgs}, forgets every org too. */
    public void reset(boolean orgs) {
        faults.clear();
        faults.callCounts().reset();
        directory.clock().reset();
        if (orgs) {
            directory.clear();
        }
    }

    public java.util.Collection<Org> orgs() {
        return directory.orgs();
    }

    public com.tasksync.emulator.org.EmulatorClock clock() {
        return directory.clock();
    }

    public java.time.Instant now() {
        return directory.now();
    }

    public Org org(String orgId) {
        return directory.org(orgId).orElseThrow(() -> AdminErrors.notFound("orgId", orgId));
    }
}
