package com.tasksync.emulator.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what in one org: each user's system permissions and role, and the role hierarchy.
 * A user sees and edits the records of users whose roles lie below theirs; View All Data reads and
 * Modify All Data writes every record. Every change bumps {@link #version()}, so the org's User,
 * Profile, PermissionSet and UserRole rows can follow.
 */
public final class AccessControl {

    /** What a new user gets unless told otherwise: a standard user, API enabled, seeing only what sharing allows. */
    public static final Set<Permission> STANDARD_USER = Set.of(Permission.API_ENABLED);

    private final SalesforceIds ids;
    private final Map<String, EnumSet<Permission>> permissions = new HashMap<>();
    private final Map<String, String> userRoles = new HashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private long version;

    AccessControl(SalesforceIds ids) {
        this.ids = ids;
    }

    public synchronized long version() {
        return version;
    }

    public synchronized Set<Permission> permissions(String userId) {
        EnumSet<Permission> held = permissions.get(userId);
        return held == null ? Set.of() : EnumSet.copyOf(held);
    }

    public synchronized boolean has(String userId, Permission permission) {
        EnumSet<Permission> held = permissions.get(userId);
        return held != null && held.contains(permission);
    }

    /** Replaces the user's permissions. Modify All Data needs View All Data, as in Salesforce. */
    public synchronized void grant(String userId, Set<Permission> granted) {
        if (granted.contains(Permission.MODIFY_ALL_DATA) && !granted.contains(Permission.VIEW_ALL_DATA)) {
            throw new IllegalArgumentException("Modify All Data depends on View All Data");
        }
        permissions.put(userId, granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted));
        version++;
    }

    public synchronized Role createRole(String name, String parentRoleId) {
        if (parentRoleId != null && !roles.containsKey(parentRoleId)) {
            throw new IllegalArgumentException("no role " + parentRoleId);
        }
        Role role = new Role(ids.next("00E"), name, name.replaceAll("[^A-Za-z0-9]+", "_"), parentRoleId);
        roles.put(role.id(), role);
        version++;
        return role;
    }

    public synchronized Role role(String roleId) {
        return roleId == null ? null : roles.get(roleId);
    }

    public synchronized Collection<Role> roles() {
        return List.copyOf(roles.values());
    }

    /** The user's role id, or null when the user has none. */
    public synchronized String roleOf(String userId) {
        return userRoles.get(userId);
    }

    /** Puts the user in the role, or out of any role when {@code roleId} is null. */
    public synchronized void assignRole(String userId, String roleId) {
        if (roleId != null && !roles.containsKey(roleId)) {
            throw new IllegalArgumentException("no role " + roleId);
        }
        if (roleId == null) {
            userRoles.remove(userId);
        } else {
            userRoles.put(userId, roleId);
        }
        version++;
    }

    /**
     * The users whose records this user reaches through the role hierarchy: the user, and every
     * user whose role lies below the user's role (users in the same role are peers and not included).
     */
    public synchronized Set<String> reachableOwners(String userId) {
        Set<String> out = new HashSet<>();
        out.add(userId);
        String mine = userRoles.get(userId);
        if (mine == null) {
            return out;
        }
        Set<String> below = rolesBelow(mine);
        userRoles.forEach((user, role) -> {
            if (below.contains(role)) {
                out.add(user);
            }
        });
        return out;
    }

    private Set<String> rolesBelow(String roleId) {
        Set<String> below = new HashSet<>();
        List<String> frontier = new ArrayList<>(List.of(roleId));
        while (!frontier.isEmpty()) {
            String current = frontier.remove(frontier.size() - 1);
            for (Role r : roles.values()) {
                if (current.equals(r.parentRoleId()) && below.add(r.id())) {
                    frontier.add(r.id());
                }
            }
        }
        return below;
    }
}
