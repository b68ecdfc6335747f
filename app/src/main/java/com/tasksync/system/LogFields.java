package com.tasksync.system;

/**
 * The fields the sync engine's log lines carry (in the MDC while it works for a user, org or task),
 * named as the Elastic Common Schema names them where it has a name: structured logs
 * ({@code tasksync.log-format}) show them as fields. Tokens and secrets never go into a field.
 */
public final class LogFields {

    public static final String ORG_ID = "organization.id";
    public static final String USER_ID = "user.id";
    public static final String TASK_ID = "task.id";

    private LogFields() {
    }
}
