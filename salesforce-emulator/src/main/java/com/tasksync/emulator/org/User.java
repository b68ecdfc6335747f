package com.tasksync.emulator.org;

/** A user of an org: who signs in, owns records and holds sessions. Usernames are unique across the emulator, as in Salesforce. */
public record User(
        String id,
        String orgId,
        String username,
        String password,
        String email,
        String firstName,
        String lastName,
        String timeZoneSidKey,
        boolean active) {

    public String name() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }
}
