package com.tasksync.torture.execute;

import com.tasksync.torture.http.Exchange;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.LifecycleEvent;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.Write;
import com.tasksync.torture.plan.Operation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Carries out Salesforce operations as the rep would in Salesforce, and records what they did. */
final class SalesforceOperations {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS+0000").withZone(ZoneOffset.UTC);

    private final RunContext run;

    SalesforceOperations(RunContext run) {
        this.run = run;
    }

    void execute(Operation op) {
        if (op.odd() != null) {
            run.events().fault("odd-value:" + op.odd());
        }
        switch (op.kind()) {
            case SALESFORCE_CREATE -> create(op);
            case SALESFORCE_DELETE -> delete(op);
            default -> update(op);
        }
    }

    private void create(Operation op) {
        var slot = run.ledger().open(op.slot(), Side.SALESFORCE, run.plan().kindOf(op.slot()));
        var record = withAuditDates(op.payload().deepCopy());
        slot.subtype(Json.text(record, "TaskSubtype"));
        var exchange = run.salesforce().create(record);
        run.events().operation(Outcomes.of(exchange));
        if (exchange.acknowledged()) {
            slot.salesforceId(exchange.reply().json().path("id").asString());
        }
        var outcome = exchange.acknowledged() ? Slot.Created.CREATED
                : exchange.uncertain() ? Slot.Created.UNCERTAIN : Slot.Created.FAILED;
        var initial = Arrays.stream(Field.values()).map(field -> write(op.describe(), field, record, slot, exchange, true))
                .toList();
        slot.created(outcome, exchange.sentAt(), exchange.doneAt(), outcome == Slot.Created.FAILED ? List.of() : initial);
    }

    private void update(Operation op) {
        var slot = Targets.inSalesforce(run.ledger(), op.slot()).orElse(null);
        if (slot == null) {
            run.events().operation(RunEvents.Outcome.SKIPPED);
            return;
        }
        var what = Targets.describe(op.describe(), op.slot(), slot);
        var fields = switch (op.kind()) {
            case SALESFORCE_COMPLETE -> Json.object().put("Status", "Completed");
            case SALESFORCE_REOPEN -> Json.object().put("Status", "Not Started");
            default -> Targets.retag(op.payload(), "Subject", op.slot(), slot);
        };
        var field = op.field() == null ? Field.STATUS : op.field();
        var exchange = run.salesforce().update(slot.salesforceId(), fields);
        run.events().operation(Outcomes.of(exchange));
        if (Outcomes.mayHaveHappened(exchange)) {
            slot.add(write(what, field, fields, slot, exchange, false));
        }
    }

    private void delete(Operation op) {
        var slot = Targets.inSalesforce(run.ledger(), op.slot()).orElse(null);
        if (slot == null) {
            run.events().operation(RunEvents.Outcome.SKIPPED);
            return;
        }
        var exchange = run.salesforce().delete(slot.salesforceId());
        run.events().operation(Outcomes.of(exchange));
        if (Outcomes.mayHaveHappened(exchange)) {
            slot.add(new LifecycleEvent(LifecycleEvent.Kind.DELETE, Side.SALESFORCE, exchange.sentAt(),
                    exchange.doneAt(), exchange.acknowledged()));
        }
    }

    private static Write write(String operation, Field field, tools.jackson.databind.JsonNode fields, Slot slot,
            Exchange exchange, boolean creation) {
        var decided = SalesforceValues.decided(field, fields, slot);
        return new Write(field, Side.SALESFORCE, decided ? SalesforceValues.value(field, fields, slot) : null, !decided,
                creation, exchange.sentAt(), exchange.doneAt(), exchange.acknowledged(), operation);
    }

    /** Fills in {@code CreatedDate} given as {@code now-Nh}, and the same LastModifiedDate. */
    private static ObjectNode withAuditDates(ObjectNode record) {
        var created = Json.text(record, "CreatedDate");
        if (created != null && created.startsWith("now-")) {
            var hours = Long.parseLong(created.substring(4, created.length() - 1));
            var when = DATETIME.format(Instant.now().minus(Duration.ofHours(hours)));
            record.put("CreatedDate", when).put("LastModifiedDate", when);
        }
        return record;
    }
}
