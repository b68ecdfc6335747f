package com.tasksync.web;

import com.tasksync.sync.SyncLogEntry;
import com.tasksync.system.FieldProblem;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What pages say instead of the API's developer text, in the page's language: field names as the
 * page labels them, problems as sentences, and the sync log's directions and actions in words. The
 * API keeps its own wording.
 */
@Component("peopleWords")
public class PeopleWords {

    private static final Pattern AT_MOST = Pattern.compile("must be at most (\\d+).*");

    private final Words words;

    PeopleWords(Words words) {
        this.words = words;
    }

    /** One problem as a sentence. */
    public String of(FieldProblem problem) {
        var label = words.getOr("field." + problem.field(), problem.field());
        var message = problem.message();
        if (message.equals("must not be before dueFrom")) {
            return words.get("problem.dates-reversed");
        }
        if (message.startsWith("must be a real date")) {
            return words.get("problem.real-date", label);
        }
        if (message.startsWith("must be an ISO-8601 instant")) {
            return words.get("problem.real-instant", label);
        }
        if (message.startsWith("must be one of")) {
            return words.get("problem.one-of", label);
        }
        if (message.equals("must not be blank") || message.startsWith("is required")) {
            return words.get("problem.blank", label);
        }
        if (message.startsWith("must be between years")) {
            return words.get("problem.years", label);
        }
        var atMost = AT_MOST.matcher(message);
        if (atMost.matches()) {
            return words.get("problem.too-long", label, atMost.group(1));
        }
        if (message.startsWith("must be the Salesforce id of a contact")) {
            return words.get("problem.who-id", label);
        }
        if (message.startsWith("must be the Salesforce id of an account")) {
            return words.get("problem.what-id", label);
        }
        if (message.startsWith("must be a whole number")) {
            return words.get("problem.whole-number", label);
        }
        return words.get("problem.other", label, message.endsWith(".") ? message : message + ".");
    }

    /** The sync log's direction in words. */
    public String of(SyncLogEntry.Direction direction) {
        return words.get("log.direction." + direction.name());
    }

    /** The sync log's action in words. */
    public String of(SyncLogEntry.Action action) {
        return words.get("log.action." + action.name());
    }

    /** The engine's words that begin each kind of problem, before what Salesforce or Java said. */
    private static final java.util.Map<com.tasksync.sync.SyncProblem.Source, String> PROBLEM_LEADS = java.util.Map.of(
            com.tasksync.sync.SyncProblem.Source.OUTBOUND, "Sending changes to Salesforce failed: ",
            com.tasksync.sync.SyncProblem.Source.INBOUND, "Reading changes from Salesforce failed: ",
            com.tasksync.sync.SyncProblem.Source.FIRST_SYNC, "The first sync failed: ");

    /**
     * What keeps a rep's sync from running, in the page's language: failed tasks and set-aside records
     * counted, the API share in words, a failed call in words with what Salesforce said as it said it;
     * the last error as recorded when there is no current problem.
     */
    public String problem(com.tasksync.sync.SyncStatus status) {
        var problem = status.problem();
        if (problem == null) {
            return status.lastError();
        }
        switch (problem.source()) {
            case ATTENTION -> {
                var tasks = status.tasksInError();
                var records = status.recordsSetAside();
                var what = tasks > 0 && records > 0
                        ? words.get("problem.sync.attention.both", words.get("problem.sync.attention.tasks", tasks),
                                words.get("problem.sync.attention.records", records))
                        : tasks > 0 ? words.get("problem.sync.attention.tasks", tasks)
                                : words.get("problem.sync.attention.records", records);
                return words.get("problem.sync.attention", what);
            }
            case WAITING -> {
                return words.get("problem.sync.waiting");
            }
            case BUDGET -> {
                return words.get("ORG_API_NEARLY_USED".equals(problem.code()) ? "problem.sync.budget.org"
                        : "problem.sync.budget");
            }
            default -> {
                var message = problem.message();
                var lead = PROBLEM_LEADS.get(problem.source());
                if (message == null || lead == null || !message.startsWith(lead)) {
                    return message;
                }
                var detail = message.substring(lead.length());
                detail = detail.endsWith(".") ? detail.substring(0, detail.length() - 1) : detail;
                return words.get("problem.sync." + problem.source().value(), detail);
            }
        }
    }

    /** A task's status, priority, type or sync state ({@code kind}) as the page's language names its value. */
    public String value(String kind, String code) {
        return code == null ? null : words.getOr("value." + kind + "." + code, code);
    }
}
