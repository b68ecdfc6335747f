package com.tasksync.emulator.admin;

/** A user to create; {@code timeZone} null takes the org's. */
public record UserToCreate(String username, String password, String email, String firstName, String lastName, String timeZone) {

    public static UserToCreate of(String username, String password) {
        return new UserToCreate(username, password, username, null, username.replaceFirst("@.*", ""), null);
    }
}
