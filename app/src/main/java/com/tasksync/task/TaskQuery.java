package com.tasksync.task;

import java.time.LocalDate;

/**
 * One page of a task list: which view, an optional due-date range, and the page.
 *
 * @param dueFrom first due date included, or null
 * @param dueTo last due date included, or null
 */
public record TaskQuery(TaskView view, LocalDate dueFrom, LocalDate dueTo, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The lists a user can ask for; {@code all} leaves out Trash. */
    public enum TaskView { ALL, OPEN, COMPLETED, OVERDUE, TRASH }
}
