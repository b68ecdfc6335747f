package com.tasksync.emulator.org;

/** A role of the org's role hierarchy (a UserRole row); {@code parentRoleId} null for a top role. */
public record Role(String id, String name, String developerName, String parentRoleId) {
}
