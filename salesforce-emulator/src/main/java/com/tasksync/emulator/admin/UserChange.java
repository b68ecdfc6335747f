package com.tasksync.emulator.admin;

import com.tasksync.emulator.org.Permission;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A change to a user's access: permissions to switch on or off (the others stay as they are) and,
 * when {@code roleGiven}, the role to put the user in (null: no role).
 */
public record UserChange(Map<Permission, Boolean> permissions, boolean roleGiven, String roleId) {

    public UserChange {
        permissions = Collections.unmodifiableMap(permissions.isEmpty() ? new EnumMap<>(Permission.class)
                : new EnumMap<>(permissions));
    }

    public static UserChange none() {
        return new UserChange(Map.of(), false, null);
    }

    public UserChange permit(Permission permission, boolean on) {
        Map<Permission, Boolean> next = new EnumMap<>(Permission.class);
        next.putAll(permissions);
        next.put(permission, on);
        return new UserChange(next, roleGiven, roleId);
    }

    public UserChange role(String value) {
        return new UserChange(permissions, true, value);
    }
}
