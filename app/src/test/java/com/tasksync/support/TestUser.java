package com.tasksync.support;

import java.util.UUID;

/** A user created for one test, with the password to sign in. */
public record TestUser(UUID id, String email, String password) {}
