package com.tasksync.task;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many tasks a user has in each plain view, and a stamp that changes with any of them, from the {@code task_tally} rows that the database
 * appends with every statement that writes tasks (migration V123): a sum over a handful of rows
 * instead of a count over (or a read of) all the user's tasks. The counts are exact and transactional, as the
 * tasks they count. {@link #fold} collapses each user's rows into one, so reads stay short.
 */
@Repository
class TaskTallies {

    private final JdbcClient jdbc;

    TaskTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's number of tasks in the view; empty for views the tally does not keep (overdue). */
    Optional<Long> count(UUID userId, TaskQuery.TaskView view) {
        return countQuery(view).map(sql -> jdbc.sql(sql).param("userId", userId).query(Long.class).single());
    }

    /**
     * The query of {@link #count}, with the user as {@code :userId}, to be run on its own or as a
     * scalar subquery of a larger statement; empty for views the tally does not keep (overdue).
     */
    static Optional<String> countQuery(TaskQuery.TaskView view) {
        var column = switch (view) {
            case ALL -> "sum(live)";
            case OPEN -> "sum(open)";
            case COMPLETED -> "sum(live) - sum(open)";
            case TRASH -> "sum(trash)";
            case OVERDUE -> null; // depends on the day: counted from the tasks
        };
        return Optional.ofNullable(column)
                .map(sum -> "select coalesce(" + sum + ", 0) from task_tally where user_id = :userId");
    }

    /**
     * Folds every user's rows into one row (none when all counts are zero) and returns how many rows
     * went. Rows appended meanwhile by other transactions are not seen and stay; two folds at once
     * each fold only the rows they deleted, so the sums never change.
     */
    int fold() {
        return jdbc.sql("""
                with gone as (
                    delete from task_tally where user_id in
                        (select user_id from task_tally group by user_id having count(*) > 1)
                    returning *)
                insert into task_tally (user_id, live, open, trash, writes, errors)
                select user_id, sum(live), sum(open), sum(trash), sum(writes), sum(errors) from gone group by user_id
                """).update();
    }

    /** The user's tasks that Salesforce refused (sync state error), outside Trash. */
    long inError(UUID userId) {
        return jdbc.sql("select coalesce(sum(errors), 0) from task_tally where user_id = :userId")
                .param("userId", userId).query(Long.class).single();
    }

    /**
     * A stamp of all of a user's tasks: how many there are (Trash included) and how many task rows
     * were ever written. Any create, edit, move to or out of Trash, purge or change of sync state
     * changes it, since the count of writes only grows.
     */
    String fingerprint(UUID userId) {
        return jdbc.sql("select coalesce(sum(live) + sum(trash), 0) || '-' || coalesce(sum(writes), 0)"
                        + " from task_tally where user_id = :userId")
                .param("userId", userId).query(String.class).single();
    }
}
