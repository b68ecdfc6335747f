package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.FieldDef;
import static com.tasksync.emulator.data.FieldBuilder.bool;
import static com.tasksync.emulator.data.FieldBuilder.of;
import static com.tasksync.emulator.data.FieldBuilder.picklist;
import static com.tasksync.emulator.data.FieldBuilder.reference;
import static com.tasksync.emulator.data.FieldBuilder.text;

import com.tasksync.emulator.org.Permission;
import java.util.List;

/**
 * The setup objects through which a client reads who may do what: Profile, PermissionSet (with
 * {@code IsOwnedByProfile}), PermissionSetAssignment, UserRole, and UserRecordAccess (one user's
 * access to one record). Read-only through the API; the admin API changes what they show.
 */
final class AccessObjects {

    static final List<String> ACCESS_LEVELS = List.of("None", "Read", "Edit", "Delete", "Transfer", "All");

    private AccessObjects() {
    }

    private static void permissions(List<FieldDef> fields) {
        for (Permission p : Permission.values()) {
            fields.add(bool(p.field()).label(p.label()).readOnly().build());
        }
    }

    static SObjectType profile() {
        List<FieldDef> f = StandardObjects.system(false);
        f.add(text("Name", 255).label("Name").required().readOnly().build());
        f.add(picklist("UserType", "Standard").label("User Type").length(40).readOnly().build());
        f.add(text("Description", 255).label("Description").readOnly().build());
        permissions(f);
        return new SObjectType("Profile", "Profile", "Profile", "00e", false, f);
    }

    static SObjectType permissionSet() {
        List<FieldDef> f = StandardObjects.system(false);
        f.add(text("Name", 80).label("Name").required().readOnly().build());
        f.add(text("Label", 80).label("Label").required().readOnly().build());
        f.add(text("Description", 255).label("Description").readOnly().build());
        f.add(bool("IsOwnedByProfile").label("Is Owned By Profile").readOnly().build());
        f.add(bool("IsCustom").label("Custom").readOnly().build());
        f.add(reference("ProfileId", "Profile", "Profile").label("Profile ID").readOnly().build());
        permissions(f);
        return new SObjectType("PermissionSet", "Permission Set", "Permission Sets", "0PS", false, f);
    }

    static SObjectType permissionSetAssignment() {
        List<FieldDef> f = StandardObjects.system(false);
        f.add(reference("AssigneeId", "Assignee", "User").label("Assignee ID").required().readOnly().build());
        f.add(reference("PermissionSetId", "PermissionSet", "PermissionSet").label("Permission Set ID").required()
                .readOnly().build());
        f.add(bool("IsActive").label("Is Active").readOnly().build());
        return new SObjectType("PermissionSetAssignment", "Permission Set Assignment", "Permission Set Assignments",
                "0Pa", false, f);
    }

    static SObjectType userRole() {
        List<FieldDef> f = StandardObjects.system(false);
        f.add(text("Name", 80).label("Name").required().readOnly().build());
        f.add(text("DeveloperName", 80).label("Developer Name").required().readOnly().build());
        f.add(reference("ParentRoleId", "ParentRole", "UserRole").label("Parent Role ID").readOnly().build());
        f.add(text("RollupDescription", 80).label("Description").readOnly().build());
        return new SObjectType("UserRole", "Role", "Roles", "00E", false, f);
    }

    static SObjectType userRecordAccess() {
        List<FieldDef> f = List.of(
                of("Id", FieldType.ID).label("User Record Access ID").length(18).required().readOnly().build(),
                reference("UserId", "User", "User").label("User ID").required().readOnly().build(),
                of("RecordId", FieldType.ID).label("Record ID").length(18).required().readOnly().build(),
                bool("HasReadAccess").label("Has Read Access").readOnly().build(),
                bool("HasEditAccess").label("Has Edit Access").readOnly().build(),
                bool("HasDeleteAccess").label("Has Delete Access").readOnly().build(),
                bool("HasTransferAccess").label("Has Transfer Access").readOnly().build(),
                bool("HasAllAccess").label("Has All Access").readOnly().build(),
                picklist("MaxAccessLevel", ACCESS_LEVELS.toArray(String[]::new)).label("Max Access Level").length(40)
                        .readOnly().build());
        return new SObjectType("UserRecordAccess", "User Record Access", "User Record Access", null, false, f);
    }
}
