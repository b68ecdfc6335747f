package com.tasksync.salesforce.client.support;

import com.tasksync.salesforce.client.record.SObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builders of Task records for the tests. */
public final class Tasks {

    private Tasks() {
    }

    public static SObject task(String subject) {
        return SObject.of("Task")
                .with("Subject", subject)
                .with("Status", "Not Started")
                .with("Priority", "Normal")
                .with("ActivityDate", LocalDate.of(2026, 11, 23));
    }

    /** {@code count} tasks with subjects {@code prefix-0000}, {@code prefix-0001}, … */
    public static List<SObject> tasks(String prefix, int count) {
        List<SObject> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tasks.add(task(String.format("%s-%04d", prefix, i)));
        }
        return tasks;
    }

    /** A subject one character longer than Salesforce allows. */
    public static String tooLongSubject() {
        return "x".repeat(256);
    }
}
