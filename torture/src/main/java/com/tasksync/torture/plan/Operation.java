package com.tasksync.torture.plan;

import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import tools.jackson.databind.node.ObjectNode;

/**
 * One user action. {@code payload} is the body sent: TaskSync's JSON for TaskSync operations,
 * Salesforce Task fields for Salesforce ones (a {@code CreatedDate} of {@code now-30h} is filled
 * in when sent).
 *
 * @param slot the task slot it makes or changes
 * @param field the field an edit changes, else null
 * @param node which TaskSync node gets the request (TaskSync operations)
 * @param odd the name of the odd but legal Salesforce value it writes, else null
 */
public record Operation(OpKind kind, int slot, Field field, ObjectNode payload, int node, String odd)
        implements Step {

    public String describe() {
        return kind.label() + " " + Slot.tag(slot) + (field == null ? "" : " " + field.apiName())
                + (odd == null ? "" : " odd:" + odd) + (kind.side() == Side.TASKSYNC
                ? " via node " + (node + 1) : "");
    }
}
