package com.tasksync.user;

import java.time.ZoneId;

/** What an admin (or the demo seeding) gives to create a user. */
public record NewUser(String email, String password, ZoneId timeZone, boolean admin) {}
