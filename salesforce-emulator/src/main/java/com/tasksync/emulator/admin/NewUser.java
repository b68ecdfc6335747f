package com.tasksync.emulator.admin;

/** A user to create; {@code timeZone} null takes the org's. */
public record NewUser(String username, String password, String email, String firstName, String lastName, String timeZone) {

    public static NewUser of(String username, String password) {
        return new NewUser(username, password, username, null, username.replaceFirst("@.*", ""), null);
    }
}
