package com.tasksync.outbound;

import com.tasksync.links.TaskLink;
import com.tasksync.mapping.TaskField;
import com.tasksync.mapping.ThreeWayMerge;
import com.tasksync.task.Task;
import java.util.Optional;
import java.util.Set;

/**
 * What one claimed outbox entry needs: a create, an update of some fields, a delete, or nothing,
 * decided from the task and its link as they are now (so several changes fold into one write). An
 * update sends each field that differs from the last synced version or from any version sent since
 * whose answer never came: such a write may have reached Salesforce, so a field the rep has since set
 * back to its synced value must be sent all the same.
 */
record PlannedWrite(OutboxEntry entry, Kind kind, Task task, TaskLink link, Set<TaskField> fields) {

    /** {@code DELETE_LOST_CREATE}: a deleted task whose create may have reached Salesforce with its answer lost. */
    enum Kind { CREATE, UPDATE, DELETE, DELETE_LOST_CREATE, NOTHING }

    static PlannedWrite plan(OutboxEntry entry, Optional<Task> current, Optional<TaskLink> currentLink) {
        var task = current.orElse(null);
        var link = currentLink.orElse(null);
        var linked = link != null && link.linked();
        if (link != null && link.unlinked()) {
            return new PlannedWrite(entry, Kind.NOTHING, task, link, Set.of());
        }
        if (task == null || task.inTrash()) {
            var lostCreate = !linked && link != null && link.createSentAt() != null;
            var kind = linked ? Kind.DELETE : lostCreate ? Kind.DELETE_LOST_CREATE : Kind.NOTHING;
            return new PlannedWrite(entry, kind, task, link, Set.of());
        }
        if (!linked) {
            return new PlannedWrite(entry, Kind.CREATE, task, link, Set.of());
        }
        var fields = ThreeWayMerge.changedSince(link.syncedFields(), task.fields());
        for (var unanswered : link.unconfirmed()) {
            // a write whose answer never came may have landed: Salesforce may hold its values, not the synced ones
            fields.addAll(ThreeWayMerge.changedSince(unanswered, task.fields()));
        }
        return new PlannedWrite(entry, fields.isEmpty() ? Kind.NOTHING : Kind.UPDATE, task, link, fields);
    }

    String salesforceId() {
        return link == null ? null : link.salesforceId();
    }
}
