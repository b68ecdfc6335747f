package com.tasksync.web;

import com.tasksync.sync.SyncLogEntry;
import com.tasksync.system.FieldProblem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What pages say instead of the API's developer text: field names as the page labels them, problems as
 * sentences, and the sync log's directions and actions in words. The API keeps its own wording.
 */
@Component("peopleWords")
public class PeopleWords {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("subject", "Subject"), Map.entry("description", "Description"),
            Map.entry("dueDate", "Due date"), Map.entry("dueFrom", "“Due from”"), Map.entry("dueTo", "“to”"),
            Map.entry("view", "Show"), Map.entry("status", "Status"), Map.entry("priority", "Priority"),
            Map.entry("type", "Type"), Map.entry("reminderAt", "Reminder"), Map.entry("who", "Who"),
            Map.entry("what", "What"), Map.entry("page", "Page"), Map.entry("body", "The form"));

    /** One problem as a sentence. */
    public String of(FieldProblem problem) {
        var label = LABELS.getOrDefault(problem.field(), problem.field());
        var message = problem.message();
        if (message.equals("must not be before dueFrom")) {
            return "The “to” date must not be before the “from” date.";
        }
        if (message.startsWith("must be a real date")) {
            return label + " must be a real date, such as 2026-06-10.";
        }
        if (message.startsWith("must be an ISO-8601 instant")) {
            return label + " must be a real date and time.";
        }
        if (message.startsWith("must be one of")) {
            return label + " must be one of the choices in its list.";
        }
        if (message.equals("must not be blank") || message.startsWith("is required")) {
            return label + " cannot be empty.";
        }
        if (message.startsWith("must be between years")) {
            return label + " must be between the years 1 and 9999.";
        }
        if (message.startsWith("must be at most")) {
            return label + " is too long: " + message.substring("must be ".length()) + ".";
        }
        if (message.startsWith("must be a whole number")) {
            return label + " must be a whole number.";
        }
        return label + " " + message + (message.endsWith(".") ? "" : ".");
    }

    /** The sync log's direction in words. */
    public String of(SyncLogEntry.Direction direction) {
        return switch (direction) {
            case TO_SALESFORCE -> "To Salesforce";
            case FROM_SALESFORCE -> "From Salesforce";
            case LOCAL -> "In TaskSync";
        };
    }

    /** The sync log's action in words. */
    public String of(SyncLogEntry.Action action) {
        return switch (action) {
            case CREATE -> "Created";
            case UPDATE -> "Updated";
            case COMPLETE -> "Completed";
            case REOPEN -> "Reopened";
            case DELETE -> "Deleted";
            case RESTORE -> "Restored";
            case CONFLICT -> "Conflict";
            case ERROR -> "Refused";
            case IMPORT -> "Imported";
            case PROBLEM -> "Problem";
            case RECOVERED -> "Working again";
            case SET_ASIDE -> "Set aside";
            case RETRY -> "Tried again";
            case ORG_CHANGE -> "Org changed";
            case UNLINK -> "Unlinked";
        };
    }
}
