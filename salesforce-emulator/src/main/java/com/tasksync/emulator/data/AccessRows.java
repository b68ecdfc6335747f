package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.org.AccessControl;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.Permission;
import com.tasksync.emulator.org.Role;
import com.tasksync.emulator.org.User;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows the org's users and their access as Salesforce stores them: a User row per user with its
 * ProfileId and UserRoleId, three standard profiles each owning a permission set, the permission
 * sets "View All Data", "Modify All Data" and "View Setup and Configuration", a
 * PermissionSetAssignment for each user's profile and each extra permission set, and a UserRole per
 * role. A user holding every modelled permission is a System Administrator; with API Enabled a
 * Standard User; without it "Minimum Access - Salesforce"; View All Data, Modify All Data or View
 * Setup and Configuration beyond the profile come from the permission set of that name.
 */
final class AccessRows {

    private static final String ADMIN = "System Administrator";
    private static final String STANDARD = "Standard User";
    private static final String MINIMUM = "Minimum Access - Salesforce";
    private static final String VIEW_ALL = "View_All_Data";
    private static final String MODIFY_ALL = "Modify_All_Data";
    private static final String VIEW_SETUP = "View_Setup_and_Configuration";

    private final Map<String, String> profiles = new HashMap<>();
    private final Map<String, String> profileSets = new HashMap<>();
    private final Map<String, String> grantSets = new HashMap<>();

    /** Creates the profiles and permission sets every org has. */
    void seed(OrgData data, Instant at) {
        profile(data, at, ADMIN, EnumSet.allOf(Permission.class));
        profile(data, at, STANDARD, EnumSet.of(Permission.API_ENABLED));
        profile(data, at, MINIMUM, EnumSet.noneOf(Permission.class));
        grantSet(data, at, VIEW_ALL, "View All Data", EnumSet.of(Permission.VIEW_ALL_DATA));
        grantSet(data, at, MODIFY_ALL, "Modify All Data", EnumSet.of(Permission.VIEW_ALL_DATA, Permission.MODIFY_ALL_DATA));
        grantSet(data, at, VIEW_SETUP, "View Setup and Configuration", EnumSet.of(Permission.VIEW_SETUP));
    }

    private void profile(OrgData data, Instant at, String name, Set<Permission> granted) {
        SObjectType type = data.schema().type("Profile");
        String id = data.newId(type);
        Map<String, Object> v = Seeds.audit(id, at, null);
        v.put("Name", name);
        v.put("UserType", "Standard");
        permissions(v, granted);
        put(data, type, v);
        profiles.put(name, id);
        Map<String, Object> set = permissionSet(data, at, "X" + id.substring(0, 15), id.substring(0, 15), granted);
        set.put("IsOwnedByProfile", true);
        set.put("ProfileId", id);
        put(data, data.schema().type("PermissionSet"), set);
        profileSets.put(name, (String) set.get("Id"));
    }

    private void grantSet(OrgData data, Instant at, String name, String label, Set<Permission> granted) {
        Map<String, Object> set = permissionSet(data, at, name, label, granted);
        set.put("IsCustom", true);
        put(data, data.schema().type("PermissionSet"), set);
        grantSets.put(name, (String) set.get("Id"));
    }

    private static Map<String, Object> permissionSet(OrgData data, Instant at, String name, String label,
            Set<Permission> granted) {
        Map<String, Object> v = Seeds.audit(data.newId(data.schema().type("PermissionSet")), at, null);
        v.put("Name", name);
        v.put("Label", label);
        v.put("IsOwnedByProfile", false);
        v.put("IsCustom", false);
        permissions(v, granted);
        return v;
    }

    private static void permissions(Map<String, Object> values, Set<Permission> granted) {
        for (Permission p : Permission.values()) {
            values.put(p.field(), granted.contains(p));
        }
    }

    /** Brings the User, UserRole and PermissionSetAssignment rows in line with the org's users and their access. */
    void mirror(OrgData data, Org org) {
        AccessControl access = org.access();
        for (Role role : access.roles()) {
            mirrorRole(data, role);
        }
        Set<List<String>> assignments = new HashSet<>();
        for (User user : org.users()) {
            Set<Permission> held = access.permissions(user.id());
            String profile = held.containsAll(EnumSet.allOf(Permission.class)) ? ADMIN
                    : held.contains(Permission.API_ENABLED) ? STANDARD : MINIMUM;
            mirrorUser(data, user, profiles.get(profile), access.roleOf(user.id()));
            assignments.add(List.of(user.id(), profileSets.get(profile)));
            if (held.contains(Permission.MODIFY_ALL_DATA) && !profile.equals(ADMIN)) {
                assignments.add(List.of(user.id(), grantSets.get(MODIFY_ALL)));
            } else if (held.contains(Permission.VIEW_ALL_DATA) && !profile.equals(ADMIN)) {
                assignments.add(List.of(user.id(), grantSets.get(VIEW_ALL)));
            }
            if (held.contains(Permission.VIEW_SETUP) && !profile.equals(ADMIN)) {
                assignments.add(List.of(user.id(), grantSets.get(VIEW_SETUP)));
            }
        }
        mirrorAssignments(data, assignments);
    }

    private static void mirrorRole(OrgData data, Role role) {
        SObjectType type = data.schema().type("UserRole");
        if (data.store(type).get(role.id()) == null) {
            Map<String, Object> v = Seeds.audit(role.id(), data.nextStamp(), null);
            v.put("Name", role.name());
            v.put("DeveloperName", role.developerName());
            v.put("ParentRoleId", role.parentRoleId());
            put(data, type, v);
        }
    }

    private static void mirrorUser(OrgData data, User user, String profileId, String roleId) {
        SObjectType type = data.schema().type("User");
        TypeStore store = data.store(type);
        Row before = store.get(user.id());
        Map<String, Object> v = before == null ? Seeds.audit(user.id(), data.nextStamp(), null) : new HashMap<>(before.values());
        v.put("Username", user.username());
        v.put("Email", user.email());
        v.put("FirstName", user.firstName());
        v.put("LastName", user.lastName());
        v.put("Name", user.name());
        v.put("TimeZoneSidKey", user.timeZoneSidKey());
        v.put("IsActive", user.active());
        v.put("ProfileId", profileId);
        v.put("UserRoleId", roleId);
        v.put("UserType", "Standard");
        if (before != null && before.values().equals(store.freeze(v))) {
            return;
        }
        if (before != null) {
            Instant stamp = data.nextStamp();
            v.put("LastModifiedDate", stamp);
            v.put("SystemModstamp", stamp);
        }
        store.replace(before, new Row(user.id(), store.freeze(v), null, null));
    }

    private static void mirrorAssignments(OrgData data, Set<List<String>> wanted) {
        SObjectType type = data.schema().type("PermissionSetAssignment");
        TypeStore store = data.store(type);
        Set<List<String>> present = new HashSet<>();
        for (Row row : List.copyOf(store.rows())) {
            List<String> key = List.of((String) row.get("AssigneeId"), (String) row.get("PermissionSetId"));
            if (wanted.contains(key)) {
                present.add(key);
            } else {
                store.replace(row, null);
            }
        }
        for (List<String> key : wanted) {
            if (!present.contains(key)) {
                Map<String, Object> v = Seeds.audit(data.newId(type), data.nextStamp(), null);
                v.put("AssigneeId", key.get(0));
                v.put("PermissionSetId", key.get(1));
                v.put("IsActive", true);
                put(data, type, v);
            }
        }
    }

    private static void put(OrgData data, SObjectType type, Map<String, Object> values) {
        TypeStore store = data.store(type);
        String id = (String) values.get("Id");
        store.replace(store.get(id), new Row(id, store.freeze(values), null, null));
    }
}
