package com.tasksync.task;

import com.tasksync.system.FieldProblem;
import com.tasksync.system.InvalidInputException;
import com.tasksync.system.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the list filters from query parameters and names each bad one. */
public final class TaskQueryReader {

    private TaskQueryReader() {}

    /** The longest search text taken. */
    static final int MAX_SEARCH = 200;

    public static TaskQuery read(String view, String dueFrom, String dueTo, String page, String size) {
        return read(view, dueFrom, dueTo, page, size, null);
    }

    public static TaskQuery read(String view, String dueFrom, String dueTo, String page, String size, String q) {
        var problems = new ArrayList<FieldProblem>();
        var words = words(q, problems);
        var query = new TaskQuery(
                view(view, problems),
                date("dueFrom", dueFrom, problems),
                date("dueTo", dueTo, problems),
                QueryParameters.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / TaskQuery.MAX_SIZE, problems),
                QueryParameters.wholeNumber("size", size, TaskQuery.DEFAULT_SIZE, 1, TaskQuery.MAX_SIZE, problems),
                words);
        if (query.dueFrom() != null && query.dueTo() != null && query.dueFrom().isAfter(query.dueTo())) {
            problems.add(new FieldProblem("dueTo", "must not be before dueFrom"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return query;
    }

    /** The search's words: letters and digits of any script, lowercased; everything else separates words. */
    private static List<String> words(String q, List<FieldProblem> problems) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_SEARCH) {
            problems.add(new FieldProblem("q", "must be at most " + MAX_SEARCH + " characters"));
            return List.of();
        }
        var words = new ArrayList<String>();
        for (var word : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < 10) {
                words.add(word);
            }
        }
        return words;
    }

    private static TaskQuery.TaskView view(String value, List<FieldProblem> problems) {
        if (value == null || value.isEmpty()) {
            return TaskQuery.TaskView.ALL;
        }
        for (var view : TaskQuery.TaskView.values()) {
            if (view.name().toLowerCase(Locale.ROOT).equals(value)) {
                return view;
            }
        }
        problems.add(new FieldProblem("view", "must be one of all, open, completed, overdue, trash"));
        return TaskQuery.TaskView.ALL;
    }

    private static LocalDate date(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            var date = LocalDate.parse(value);
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, "must be a real date as YYYY-MM-DD"));
        return null;
    }
}
