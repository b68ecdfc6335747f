package com.tasksync.benchmarks;

import java.time.LocalDate;
import java.util.List;

/**
 * One rep's access to one side, Salesforce or TaskSync: making a change there as the rep (a create,
 * or a new subject for the rep's latest task made on this side), and reading what the side shows.
 */
interface Side {

    Change create(LocalDate dueDate, String subject);

    /** A new subject for the task this side created last. */
    Change rename(String subject);

    /** The rep's live tasks due between the two dates, both included. */
    List<Change.Shown> shown(LocalDate from, LocalDate to);
}
