package com.tasksync.task;

import java.time.LocalDate;
import java.util.List;

/** The home view: open tasks due today and tomorrow in the user's time zone, and how many are overdue. */
public record CommandCenter(
        LocalDate today, LocalDate tomorrow, List<Task> dueToday, List<Task> dueTomorrow, long overdueCount) {}
