package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.org.AccessControl;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.Permission;
import java.util.Set;

/**
 * What one user may see and change, decided once per request. Tasks are private: a user reaches the
 * tasks they own and those owned by users below them in the role hierarchy, with full access;
 * View All Data reads every task and Modify All Data also changes it. Every other type is public
 * read/write, and its owner (or a user with Modify All Data) has full access.
 */
public final class RecordAccess {

    /** Seeding and other writes of the emulator itself, which sharing does not restrict. */
    public static final RecordAccess SYSTEM = new RecordAccess(true, true, Set.of());

    private static final Set<String> PRIVATE_TYPES = Set.of("Task");

    private final boolean viewAll;
    private final boolean modifyAll;
    private final Set<String> owners;

    private RecordAccess(boolean viewAll, boolean modifyAll, Set<String> owners) {
        this.viewAll = viewAll;
        this.modifyAll = modifyAll;
        this.owners = owners;
    }

    public static RecordAccess of(Org org, String userId) {
        AccessControl access = org.access();
        return new RecordAccess(access.has(userId, Permission.VIEW_ALL_DATA), access.has(userId, Permission.MODIFY_ALL_DATA),
                Set.copyOf(access.reachableOwners(userId)));
    }

    /** Whether every record of the type is readable, so a scan need not test rows one by one. */
    boolean readsAll(SObjectType type) {
        return viewAll || !PRIVATE_TYPES.contains(type.name());
    }

    boolean canRead(SObjectType type, Row row) {
        return readsAll(type) || owns(row);
    }

    boolean canEdit(SObjectType type, Row row) {
        return modifyAll || !PRIVATE_TYPES.contains(type.name()) || owns(row);
    }

    /** The user's access level to the row as UserRecordAccess reports it: None, Read, Edit or All. */
    String level(SObjectType type, Row row) {
        if (modifyAll || owns(row)) {
            return "All";
        }
        if (!PRIVATE_TYPES.contains(type.name())) {
            return type.field("OwnerId") == null ? "Read" : "Edit";
        }
        return viewAll ? "Read" : "None";
    }

    private boolean owns(Row row) {
        Object owner = row.get("OwnerId");
        return owner != null && owners.contains(owner);
    }
}
