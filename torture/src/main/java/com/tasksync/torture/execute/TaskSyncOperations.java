package com.tasksync.torture.execute;

import com.tasksync.torture.http.Exchange;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.LifecycleEvent;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.SwitchEvent;
import com.tasksync.torture.model.TaskSyncView;
import com.tasksync.torture.model.Write;
import com.tasksync.torture.plan.OpKind;
import com.tasksync.torture.plan.Operation;
import java.util.Arrays;
import java.util.List;

/** Carries out TaskSync operations through the REST API as the rep, and records what they did. */
final class TaskSyncOperations {

    private final RunContext run;

    TaskSyncOperations(RunContext run) {
        this.run = run;
    }

    void execute(Operation op) {
        switch (op.kind()) {
            case TASKSYNC_CREATE -> create(op);
            case SYNC_ON, SYNC_OFF -> switchSync(op);
            default -> change(op);
        }
    }

    private void create(Operation op) {
        var slot = run.ledger().open(op.slot(), Side.TASKSYNC, run.plan().kindOf(op.slot()));
        var exchange = run.taskSync().create(run.nodes().url(op.node()), op.payload());
        run.events().operation(Outcomes.of(exchange));
        if (exchange.acknowledged()) {
            slot.taskSyncId(exchange.reply().json().path("id").asString());
        }
        var outcome = exchange.acknowledged() ? Slot.Created.CREATED
                : exchange.uncertain() ? Slot.Created.UNCERTAIN : Slot.Created.FAILED;
        var initial = Arrays.stream(Field.values()).map(field -> write(op.describe(), field,
                TaskSyncView.value(field, Json.text(op.payload(), field.apiName())), exchange, true)).toList();
        slot.created(outcome, exchange.sentAt(), exchange.doneAt(), outcome == Slot.Created.FAILED ? List.of() : initial);
    }

    private void change(Operation op) {
        var slot = Targets.inTaskSync(run.ledger(), op.slot()).orElse(null);
        if (slot == null) {
            run.events().operation(RunEvents.Outcome.SKIPPED);
            return;
        }
        var what = Targets.describe(op.describe(), op.slot(), slot);
        var payload = op.payload() == null ? null : Targets.retag(op.payload(), "subject", op.slot(), slot);
        var node = run.nodes().url(op.node());
        var exchange = switch (op.kind()) {
            case TASKSYNC_EDIT -> run.taskSync().patch(node, slot.taskSyncId(), payload);
            case TASKSYNC_COMPLETE -> run.taskSync().action(node, slot.taskSyncId(), "complete");
            case TASKSYNC_REOPEN -> run.taskSync().action(node, slot.taskSyncId(), "reopen");
            case TASKSYNC_RESTORE -> run.taskSync().action(node, slot.taskSyncId(), "restore");
            case TASKSYNC_DELETE -> run.taskSync().delete(node, slot.taskSyncId());
            default -> throw new IllegalArgumentException(op.kind() + " is no TaskSync change");
        };
        run.events().operation(Outcomes.of(exchange));
        if (!Outcomes.mayHaveHappened(exchange)) {
            return;
        }
        switch (op.kind()) {
            case TASKSYNC_EDIT -> slot.add(write(what, op.field(),
                    TaskSyncView.value(op.field(), Json.text(payload, op.field().apiName())), exchange, false));
            case TASKSYNC_COMPLETE -> slot.add(write(what, Field.STATUS, "completed", exchange, false));
            case TASKSYNC_REOPEN -> slot.add(write(what, Field.STATUS, "open", exchange, false));
            case TASKSYNC_DELETE -> slot.add(event(LifecycleEvent.Kind.DELETE, exchange));
            default -> slot.add(event(LifecycleEvent.Kind.RESTORE, exchange));
        }
    }

    private void switchSync(Operation op) {
        var enabled = op.kind() == OpKind.SYNC_ON;
        var exchange = run.taskSync().switchSync(run.nodes().url(op.node()), enabled);
        run.events().operation(Outcomes.of(exchange));
        if (Outcomes.mayHaveHappened(exchange)) {
            run.ledger().switches().add(new SwitchEvent(enabled, exchange.sentAt(), exchange.doneAt(),
                    exchange.acknowledged()));
        }
    }

    private static Write write(String operation, Field field, String value, Exchange exchange, boolean creation) {
        return new Write(field, Side.TASKSYNC, value, false, creation, exchange.sentAt(), exchange.doneAt(),
                exchange.acknowledged(), operation);
    }

    private static LifecycleEvent event(LifecycleEvent.Kind kind, Exchange exchange) {
        return new LifecycleEvent(kind, Side.TASKSYNC, exchange.sentAt(), exchange.doneAt(), exchange.acknowledged());
    }
}
