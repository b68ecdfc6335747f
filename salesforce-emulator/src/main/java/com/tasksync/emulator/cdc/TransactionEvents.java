package com.tasksync.emulator.cdc;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.data.RecordChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns the record changes of one committed transaction into change events: one per record (a
 * record written twice is reported once, from its state before the transaction to its state after),
 * then merged as Salesforce merges them: the same update or a delete of several records of one
 * object within one second becomes one event listing every record id.
 */
final class TransactionEvents {

    private static final long MERGE_WINDOW_MILLIS = 1_000;

    private final Function<String, List<FieldDef>> bodyFields;

    TransactionEvents(Function<String, List<FieldDef>> bodyFields) {
        this.bodyFields = bodyFields;
    }

    List<CapturedChange> of(List<RecordChange> changes, CommitInfo commit) {
        Map<String, RecordChange[]> byRecord = new LinkedHashMap<>();
        for (RecordChange c : changes) {
            byRecord.computeIfAbsent(c.id(), id -> new RecordChange[] {c, c})[1] = c;
        }
        List<CapturedChange> events = new ArrayList<>();
        for (RecordChange[] firstAndLast : byRecord.values()) {
            CapturedChange event = event(firstAndLast[0], firstAndLast[1], commit);
            if (event != null) {
                events.add(event);
            }
        }
        List<CapturedChange> merged = merge(events);
        List<CapturedChange> numbered = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            numbered.add(merged.get(i).withSequenceNumber(i + 1));
        }
        return numbered;
    }

    private CapturedChange event(RecordChange first, RecordChange last, CommitInfo commit) {
        Map<String, Object> before = first.before();
        Map<String, Object> after = last.after();
        boolean deletedBefore = first.deletedBefore();
        boolean deletedAfter = last.deleted();
        List<FieldDef> fields = bodyFields.apply(first.type());
        CapturedChange.Body body;
        ChangeOperation type;
        if (before == null) {
            if (deletedAfter) {
                return null;
            }
            type = ChangeOperation.CREATE;
            body = allValues(fields, after);
        } else if (deletedAfter) {
            if (deletedBefore) {
                return null;
            }
            type = ChangeOperation.DELETE;
            body = CapturedChange.Body.empty();
        } else if (deletedBefore) {
            type = ChangeOperation.UNDELETE;
            body = allValues(fields, after);
        } else {
            type = ChangeOperation.UPDATE;
            body = changedValues(fields, before, after);
        }
        return new CapturedChange(first.type(), type, List.of(first.id()), 0, body, commit);
    }

    private static CapturedChange.Body allValues(List<FieldDef> fields, Map<String, Object> record) {
        Map<String, Object> values = new HashMap<>();
        for (FieldDef f : fields) {
            Object value = record.get(f.name());
            if (value != null) {
                values.put(f.name(), value);
            }
        }
        return new CapturedChange.Body(values, List.of(), List.of());
    }

    private static CapturedChange.Body changedValues(List<FieldDef> fields, Map<String, Object> before,
            Map<String, Object> after) {
        Map<String, Object> values = new HashMap<>();
        List<String> changed = new ArrayList<>();
        List<String> nulled = new ArrayList<>();
        for (FieldDef f : fields) {
            Object now = after.get(f.name());
            if (Objects.equals(before.get(f.name()), now)) {
                continue;
            }
            changed.add(f.name());
            if (now == null) {
                nulled.add(f.name());
            } else {
                values.put(f.name(), now);
            }
        }
        return new CapturedChange.Body(values, changed, nulled);
    }

    private static List<CapturedChange> merge(List<CapturedChange> events) {
        List<CapturedChange> out = new ArrayList<>();
        for (CapturedChange event : events) {
            int target = mergeTarget(out, event);
            if (target < 0) {
                out.add(event);
            } else {
                List<String> ids = new ArrayList<>(out.get(target).recordIds());
                ids.addAll(event.recordIds());
                out.set(target, out.get(target).withRecordIds(ids));
            }
        }
        return out;
    }

    private static int mergeTarget(List<CapturedChange> earlier, CapturedChange event) {
        if (event.changeType() != ChangeOperation.UPDATE && event.changeType() != ChangeOperation.DELETE) {
            return -1;
        }
        for (int i = 0; i < earlier.size(); i++) {
            if (sameChange(earlier.get(i), event)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The same change: same object and operation, the same fields changed to the same values. The
     * emulator gives every write of a transaction its own millisecond, so LastModifiedDate may differ
     * within the one-second window.
     */
    private static boolean sameChange(CapturedChange a, CapturedChange b) {
        if (!a.entity().equals(b.entity()) || a.changeType() != b.changeType()) {
            return false;
        }
        if (a.changeType() == ChangeOperation.DELETE) {
            return true;
        }
        if (!a.body().changedFields().equals(b.body().changedFields())) {
            return false;
        }
        Map<String, Object> left = new HashMap<>(a.body().values());
        Map<String, Object> right = new HashMap<>(b.body().values());
        Object leftStamp = left.remove("LastModifiedDate");
        Object rightStamp = right.remove("LastModifiedDate");
        return left.equals(right) && withinWindow(leftStamp, rightStamp);
    }

    private static boolean withinWindow(Object a, Object b) {
        if (!(a instanceof Instant x) || !(b instanceof Instant y)) {
            return Objects.equals(a, b);
        }
        return Math.abs(x.toEpochMilli() - y.toEpochMilli()) < MERGE_WINDOW_MILLIS;
    }
}
