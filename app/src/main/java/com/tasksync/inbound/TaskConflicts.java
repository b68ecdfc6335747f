package com.tasksync.inbound;

import com.tasksync.mapping.FieldConflict;
import com.tasksync.mapping.TaskField;
import com.tasksync.system.ConflictException;
import com.tasksync.system.NotFoundException;
import com.tasksync.system.Timestamps;
import com.tasksync.task.Task;
import com.tasksync.task.TaskFieldsReader;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import com.tasksync.task.Tasks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conflicts a rep has not looked at yet: a field changed differently in TaskSync and in Salesforce,
 * the value the merge kept and the other one. The task shows them until the rep keeps what was kept
 * or takes the other value, which is then an edit of the rep's like any other (sent to Salesforce).
 * Values are kept in the API's form ({@code "high"}, {@code "2026-06-10"}).
 */
@Service
public class TaskConflicts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One conflict as the API and the pages show it. */
    public record Conflict(UUID id, UUID taskId, String field, String keptValue, String otherValue, String kept,
            Instant at) {

        /** The field in words, for pages. */
        public String fieldLabel() {
            return switch (field) {
                case "dueDate" -> "Due date";
                case "reminderAt" -> "Reminder";
                default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
            };
        }

        public String keptFrom() {
            return kept.equals("tasksync") ? "TaskSync" : "Salesforce";
        }

        public String otherFrom() {
            return kept.equals("tasksync") ? "Salesforce" : "TaskSync";
        }
    }

    private final JdbcClient jdbc;
    private final Tasks tasks;
    private final Clock clock;

    TaskConflicts(JdbcClient jdbc, Tasks tasks, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Notes the merge's conflicts for the task, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID userId, UUID taskId, List<FieldConflict> conflicts) {
        var now = clock.instant();
        for (var conflict : conflicts) {
            var taskSyncKept = conflict.winner() == FieldConflict.Side.TASKSYNC;
            var kept = taskSyncKept ? conflict.taskSyncValue() : conflict.salesforceValue();
            var other = taskSyncKept ? conflict.salesforceValue() : conflict.taskSyncValue();
            // an older unseen conflict of the same field is superseded by this one
            jdbc.sql("""
                    update task_conflict set seen_at = :now
                    where task_id = :taskId and field = :field and seen_at is null
                    """).param("taskId", taskId).param("field", apiName(conflict.field()))
                    .param("now", Timestamps.utc(now)).update();
            jdbc.sql("""
                    insert into task_conflict (id, user_id, task_id, field, kept_value, other_value, kept_side, at)
                    values (:id, :userId, :taskId, :field, :kept, :other, :side, :at)
                    """).param("id", UUID.randomUUID()).param("userId", userId).param("taskId", taskId)
                    .param("field", apiName(conflict.field())).param("kept", apiValue(kept))
                    .param("other", apiValue(other)).param("side", taskSyncKept ? "tasksync" : "salesforce")
                    .param("at", Timestamps.utc(now)).update();
        }
    }

    /** The user's conflicts not looked at yet, newest first, by task. */
    public Map<UUID, List<Conflict>> unseen(UUID userId, Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var out = new LinkedHashMap<UUID, List<Conflict>>();
        jdbc.sql("""
                select * from task_conflict where user_id = :userId and task_id = any(:ids) and seen_at is null
                order by at desc, field
                """).param("userId", userId).param("ids", taskIds.toArray(UUID[]::new)).query(TaskConflicts::map)
                .list().forEach(c -> out.computeIfAbsent(c.taskId(), id -> new java.util.ArrayList<>()).add(c));
        return out;
    }

    /** All of the user's conflicts not looked at yet, newest first. */
    public List<Conflict> unseen(UUID userId) {
        return jdbc.sql("""
                select * from task_conflict where user_id = :userId and seen_at is null order by at desc, field
                limit 500
                """).param("userId", userId).query(TaskConflicts::map).list();
    }

    /** The rep keeps what the merge kept: the conflict is seen. */
    @Transactional
    public Conflict keep(UUID userId, UUID conflictId) {
        var conflict = unseenConflict(userId, conflictId);
        markSeen(conflictId);
        return conflict;
    }

    /**
     * The rep takes the other value: an edit of the task, sent to Salesforce like any other. 409 when the
     * field has changed since the conflict (the other value would then overwrite a newer one).
     */
    @Transactional
    public Task useOther(UUID userId, UUID conflictId) {
        var conflict = unseenConflict(userId, conflictId);
        var body = JSON.createObjectNode();
        if (conflict.otherValue() == null) {
            body.putNull(conflict.field());
        } else {
            body.put(conflict.field(), conflict.otherValue());
        }
        var task = tasks.update(userId, conflict.taskId(), null, current -> {
            var field = TaskField.valueOf(fieldEnum(conflict.field()));
            var currentValue = apiValue(field.of(com.tasksync.mapping.SalesforceShape.of(current)));
            if (!java.util.Objects.equals(currentValue, conflict.keptValue())) {
                throw ConflictException.conflict("The " + conflict.fieldLabel().toLowerCase(Locale.ROOT)
                        + " has changed since; edit the task instead.");
            }
            return TaskFieldsReader.patch(body, current);
        });
        markSeen(conflictId);
        return task;
    }

    private Conflict unseenConflict(UUID userId, UUID conflictId) {
        return jdbc.sql("select * from task_conflict where id = :id and user_id = :userId and seen_at is null")
                .param("id", conflictId).param("userId", userId).query(TaskConflicts::map).optional()
                .orElseThrow(() -> new NotFoundException("No open conflict " + conflictId + "."));
    }

    private void markSeen(UUID conflictId) {
        jdbc.sql("update task_conflict set seen_at = :now where id = :id").param("id", conflictId)
                .param("now", Timestamps.utc(clock.instant())).update();
    }

    static String apiName(TaskField field) {
        return switch (field) {
            case SUBJECT -> "subject";
            case DESCRIPTION -> "description";
            case DUE_DATE -> "dueDate";
            case STATUS -> "status";
            case PRIORITY -> "priority";
            case TYPE -> "type";
            case REMINDER_AT -> "reminderAt";
            case WHO -> "who";
            case WHAT -> "what";
        };
    }

    private static String fieldEnum(String apiName) {
        for (var field : TaskField.values()) {
            if (apiName(field).equals(apiName)) {
                return field.name();
            }
        }
        throw new IllegalArgumentException(apiName);
    }

    static String apiValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof TaskStatus status) {
            return status.value();
        }
        if (value instanceof TaskPriority priority) {
            return priority.value();
        }
        if (value instanceof TaskType type) {
            return type.value();
        }
        return value.toString();
    }

    private static Conflict map(ResultSet rs, int row) throws SQLException {
        return new Conflict(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
                rs.getString("field"), rs.getString("kept_value"), rs.getString("other_value"),
                rs.getString("kept_side"), Timestamps.read(rs, "at"));
    }
}
