package com.tasksync.task;

import java.time.LocalDate;

/**
 * One page of a task list: which view, an optional due-date range, and the page.
 *
 * @param dueFrom first due date included, or null
 * @param dueTo last due date included, or null
 * @param words what the subject or description must contain, each word as the start of one of theirs
 *     (lowercase letters and digits only), or empty
 */
public record TaskQuery(TaskView view, LocalDate dueFrom, LocalDate dueTo, int page, int size,
        java.util.List<String> words) {

    public TaskQuery {
        words = words == null ? java.util.List.of() : java.util.List.copyOf(words);
    }

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The lists a user can ask for; {@code all} leaves out Trash. */
    public enum TaskView { ALL, OPEN, COMPLETED, OVERDUE, TRASH }
}
