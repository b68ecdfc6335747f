package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.Schema;
import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.org.EmulatorClock;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.SalesforceIds;
import com.tasksync.emulator.org.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import com.tasksync.emulator.http.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The records of one org and its schema. Writes run one at a time under the org's write lock and
 * are journaled, so a failed all-or-none request rolls back; queries scan under the read lock and
 * so see no half-done write. Every write takes a SystemModstamp strictly later than the last one.
 */
public final class OrgData {

    public static final Duration RECYCLE_BIN_RETENTION = Duration.ofDays(15);

    private final Org org;
    private final SalesforceIds ids;
    private final EmulatorClock clock;
    private final Schema schema = new Schema();
    private final Map<String, TypeStore> stores = new ConcurrentHashMap<>();
    private final Map<String, TypeTraits> traits = new ConcurrentHashMap<>();
    private final Map<String, TaskObject.Status> statuses = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<List<Change>> journal = new ThreadLocal<>();
    private final QueryCursors cursors;
    private final List<Consumer<List<RecordChange>>> commitListeners = new CopyOnWriteArrayList<>();
    private final AccessRows accessRows = new AccessRows();
    private long lastStamp;
    private volatile long lastArchiveDay = Long.MIN_VALUE;
    private volatile long mirroredAccess = -1;

    private record Change(TypeStore store, Row before, Row after) {
    }

    /** The records of {@code org}, made with its schema and seed rows the first time they are asked for. */
    public static OrgData of(Org org) {
        return org.part(OrgData.class, o -> new OrgData(o, o.ids(), o.clock()));
    }

    private OrgData(Org org, SalesforceIds ids, EmulatorClock clock) {
        this.org = org;
        this.ids = ids;
        this.clock = clock;
        this.cursors = new QueryCursors(ids);
        var taskStatuses = TaskObject.statuses(org.settings().defaultTaskStatus());
        taskStatuses.forEach(s -> statuses.put(s.label(), s));
        define(TaskObject.type(taskStatuses, org.settings().taskSyncIdField()), TypeTraits.FULL);
        define(StandardObjects.account(), TypeTraits.FULL);
        define(StandardObjects.contact(), TypeTraits.FULL);
        define(StandardObjects.lead(), TypeTraits.FULL);
        define(StandardObjects.opportunity(), TypeTraits.FULL);
        define(StandardObjects.taskStatus(), TypeTraits.READ_ONLY);
        define(StandardObjects.user(), TypeTraits.USERS);
        define(StandardObjects.organization(), TypeTraits.READ_ONLY);
        define(AccessObjects.profile(), TypeTraits.READ_ONLY);
        define(AccessObjects.permissionSet(), TypeTraits.READ_ONLY);
        define(AccessObjects.permissionSetAssignment(), TypeTraits.READ_ONLY);
        define(AccessObjects.userRole(), TypeTraits.READ_ONLY);
        define(AccessObjects.userRecordAccess(), TypeTraits.READ_ONLY);
        Seeds.seed(this, org);
        accessRows.seed(this, org.createdDate());
    }

    private void define(SObjectType type, TypeTraits typeTraits) {
        schema.add(type);
        stores.put(type.name().toLowerCase(Locale.ROOT), new TypeStore(type));
        traits.put(type.name(), typeTraits);
    }

    public Schema schema() {
        return schema;
    }

    public Org org() {
        return org;
    }

    public EmulatorClock clock() {
        return clock;
    }

    SalesforceIds ids() {
        return ids;
    }

    QueryCursors cursors() {
        return cursors;
    }

    public TypeTraits traits(SObjectType type) {
        return traits.get(type.name());
    }

    TypeStore store(SObjectType type) {
        return stores.get(type.name().toLowerCase(Locale.ROOT));
    }

    /** The TaskStatus value of that label, or null. */
    TaskObject.Status status(String label) {
        return label == null ? null : statuses.get(label);
    }

    /**
     * Adds a custom field (name ending {@code __c}) to a type of this org, such as another
     * external ID on Task. Existing records hold null in it.
     */
    public void addCustomField(String typeName, FieldDef field) {
        if (!field.name().endsWith("__c") || !field.custom()) {
            throw new IllegalArgumentException("custom field names end with __c: " + field.name());
        }
        SObjectType type = schema.type(typeName);
        if (type == null) {
            throw new IllegalArgumentException("no such sObject type: " + typeName);
        }
        write(() -> {
            type.addField(field);
            return null;
        });
    }

    /**
     * Creates a record as {@code userId} would through the REST API, with the same validation (an
     * ApiException when refused); for seeding data from Java. Returns the new id.
     */
    public String insert(String typeName, tools.jackson.databind.JsonNode fields, String userId) {
        SObjectType type = schema.type(typeName);
        if (type == null) {
            throw new IllegalArgumentException("no such sObject type: " + typeName);
        }
        maintain();
        return write(() -> new RecordWrites(this).insert(type, fields, new Writer(userId, null)).id());
    }

    /**
     * Restores a record from the recycle bin as {@code userId} (see {@link RecordWrites#undelete});
     * its change is published like any other. Returns its values.
     */
    public java.util.Map<String, Object> undelete(String id, String userId) {
        String canonical = SalesforceIds.canonical(id);
        SObjectType type = canonical == null ? null : schema.typeOfId(canonical);
        if (type == null) {
            throw ApiException.notFound();
        }
        maintain();
        return write(() -> new RecordWrites(this).undelete(type, canonical, new Writer(userId, null)).values());
    }

    /** The current values of a record (live or in the recycle bin) by id, 15 or 18 characters; null when there is none. */
    public java.util.Map<String, Object> record(String id) {
        String canonical = SalesforceIds.canonical(id);
        Row row = canonical == null ? null : read(() -> find(canonical));
        return row == null ? null : row.values();
    }

    /** The row of any type by its canonical 18-character id, or null. */
    Row find(String id) {
        SObjectType type = schema.typeOfId(id);
        return type == null ? null : store(type).get(id);
    }

    /** A strictly increasing write time: the clock, or one millisecond past the previous write. */
    Instant nextStamp() {
        synchronized (this) {
            long now = clock.now().toEpochMilli();
            lastStamp = Math.max(now, lastStamp + 1);
            return Instant.ofEpochMilli(lastStamp);
        }
    }

    String newId(SObjectType type) {
        return ids.next(type.keyPrefix());
    }

    /** Runs a write under the org's lock; when the outermost write throws, everything it changed is undone. */
    public <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        boolean outermost = journal.get() == null;
        if (outermost) {
            journal.set(new ArrayList<>());
        }
        try {
            T result = work.get();
            if (outermost) {
                publish(journal.get());
            }
            return result;
        } catch (RuntimeException e) {
            if (outermost) {
                rollbackTo(0);
            }
            throw e;
        } finally {
            if (outermost) {
                journal.remove();
            }
            lock.writeLock().unlock();
        }
    }

    /**
     * Calls the listener with the record changes of every committed write, in commit order, while
     * the org's write lock is still held: keep it short.
     */
    public void onCommit(Consumer<List<RecordChange>> listener) {
        commitListeners.add(listener);
    }

    private void publish(List<Change> changes) {
        if (changes.isEmpty() || commitListeners.isEmpty()) {
            return;
        }
        List<RecordChange> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (c.after() != null) {
                out.add(new RecordChange(c.store().type().name(), c.after().id(),
                        c.before() == null ? null : c.before().values(), c.after().values(), c.after().lastClient()));
            }
        }
        List<RecordChange> frozen = List.copyOf(out);
        commitListeners.forEach(l -> l.accept(frozen));
    }

    /** Runs a read under the org's read lock, after any due recycle-bin purge. */
    public <T> T read(Supplier<T> work) {
        maintain();
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A point in the current write's journal to roll back to. */
    int mark() {
        return journal.get().size();
    }

    void rollbackTo(int mark) {
        List<Change> changes = journal.get();
        for (int i = changes.size() - 1; i >= mark; i--) {
            Change c = changes.remove(i);
            c.store().replace(c.after(), c.before());
        }
    }

    void apply(TypeStore store, Row before, Row after) {
        store.replace(before, after);
        List<Change> changes = journal.get();
        if (changes != null) {
            changes.add(new Change(store, before, after));
        }
    }

    /**
     * Purges the recycle bin of rows older than 15 days, archives old closed tasks, and shows new
     * users and changed permissions and roles in the User and setup rows.
     */
    public void maintain() {
        Instant now = clock.now();
        Instant cutoff = now.minus(RECYCLE_BIN_RETENTION);
        long accessVersion = org.access().version();
        boolean users = store(schema.type("User")).size() != org.users().size() || accessVersion != mirroredAccess;
        long day = now.getEpochSecond() / 86_400;
        if (!users && day == lastArchiveDay && !purgeDue(cutoff)) {
            return;
        }
        write(() -> {
            stores.values().forEach(s -> s.purgeDeletedBefore(cutoff));
            if (users) {
                accessRows.mirror(this, org);
                mirroredAccess = accessVersion;
            }
            if (day != lastArchiveDay) {
                Archiver.archive(this, now);
                lastArchiveDay = day;
            }
            return null;
        });
    }

    private boolean purgeDue(Instant cutoff) {
        for (TypeStore s : stores.values()) {
            if (!s.deletedBetween(Instant.EPOCH, cutoff).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    User user(String userId) {
        return org.user(userId);
    }
}
