package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Salesforce's daily archiving of activities: a closed task whose due date is 365 days old or
 * more, or that has no due date and was created 365 days ago or more, becomes IsArchived and
 * leaves {@code /query} (only {@code /queryAll} still returns it).
 */
final class Archiver {

    static final Duration AGE = Duration.ofDays(365);

    private Archiver() {
    }

    static void archive(OrgData data, Instant now) {
        SObjectType task = data.schema().type("Task");
        TypeStore store = data.store(task);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Row> due = new ArrayList<>();
        for (Row row : store.rows()) {
            if (Boolean.TRUE.equals(row.get("IsClosed")) && !Boolean.TRUE.equals(row.get("IsArchived"))
                    && old(row, today, now)) {
                due.add(row);
            }
        }
        for (Row row : due) {
            Map<String, Object> values = new HashMap<>(row.values());
            values.put("IsArchived", true);
            store.replace(row, new Row(row.id(), store.freeze(values), row.deletedAt(),
                    row.lastClient()));
        }
    }

    private static boolean old(Row row, LocalDate today, Instant now) {
        LocalDate due = (LocalDate) row.get("ActivityDate");
        if (due != null) {
            return !due.isAfter(today.minusDays(AGE.toDays()));
        }
        Instant created = (Instant) row.get("CreatedDate");
        return created != null && !created.isAfter(now.minus(AGE));
    }
}
