package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.SObjectType;

/**
 * A parent relationship a query reads through, such as {@code PermissionSet} of
 * PermissionSetAssignment: its name, the lookup field holding the parent's id, and the parent's type.
 * Fields read through it are named {@code PermissionSet.PermissionsViewAllData}.
 */
public record Relationship(String name, String idField, SObjectType target) {
}
