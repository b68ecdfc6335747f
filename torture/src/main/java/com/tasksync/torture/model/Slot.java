package com.tasksync.torture.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One task the harness made, on either side: its ids on both sides as they become known, how its
 * create went, and every write, delete and restore users made to it. Its subjects carry the tag
 * {@code [kN]} so its copies can be told apart in listings.
 */
public final class Slot {

    /** Why the task exists: made during the run, or seeded before the first enable. */
    public enum Kind { ORDINARY, LOCAL_BEFORE_ENABLE, OLD_IN_SALESFORCE, RECENT_IN_SALESFORCE }

    /** How the create went. */
    public enum Created { NOT_YET, CREATED, UNCERTAIN, FAILED }

    private final int number;
    private final Side origin;
    private final Kind kind;
    private final List<Write> writes = new ArrayList<>();
    private final List<LifecycleEvent> lifecycle = new ArrayList<>();
    private volatile String taskSyncId;
    private volatile String salesforceId;
    private volatile String subtype;
    private volatile Created created = Created.NOT_YET;
    private volatile Instant createSentAt;
    private volatile Instant createDoneAt;

    public Slot(int number, Side origin, Kind kind) {
        this.number = number;
        this.origin = origin;
        this.kind = kind;
    }

    public static String tag(int number) {
        return "[k" + number + "]";
    }

    public synchronized void created(Created outcome, Instant sentAt, Instant doneAt, List<Write> initial) {
        created = outcome;
        createSentAt = sentAt;
        createDoneAt = doneAt;
        writes.addAll(initial);
    }

    public synchronized void add(Write write) {
        writes.add(write);
    }

    public synchronized void add(LifecycleEvent event) {
        lifecycle.add(event);
    }

    public synchronized List<Write> writes(Field field) {
        return writes.stream().filter(write -> write.field() == field).toList();
    }

    public synchronized List<LifecycleEvent> lifecycle() {
        return List.copyOf(lifecycle);
    }

    public int number() {
        return number;
    }

    public Side origin() {
        return origin;
    }

    public Kind kind() {
        return kind;
    }

    public String taskSyncId() {
        return taskSyncId;
    }

    public void taskSyncId(String id) {
        taskSyncId = id;
    }

    public String salesforceId() {
        return salesforceId;
    }

    public void salesforceId(String id) {
        salesforceId = id;
    }

    /** The TaskSubtype of a task created in Salesforce, when the harness chose it. */
    public String subtype() {
        return subtype;
    }

    public void subtype(String value) {
        subtype = value;
    }

    public Created created() {
        return created;
    }

    public Instant createSentAt() {
        return createSentAt;
    }

    public Instant createDoneAt() {
        return createDoneAt;
    }

    public String describe() {
        return "task " + tag(number) + " (made in " + origin.label() + ", TaskSync id " + taskSyncId
                + ", Salesforce id " + salesforceId + ")";
    }
}
