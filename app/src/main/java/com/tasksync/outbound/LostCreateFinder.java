package com.tasksync.outbound;

import com.tasksync.links.TaskLinks;
import com.tasksync.connection.UserClient;
import com.tasksync.mapping.SalesforceTask;
import com.tasksync.mapping.SalesforceTaskReader;
import com.tasksync.mapping.TaskFieldNames;
import com.tasksync.salesforce.client.soql.Soql;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * For orgs without an external ID field: before a create whose answer was lost is sent again,
 * looks for the record it may have made — one of the user's tasks created since shortly before
 * the lost attempt, with the same subject and due date, not linked to another TaskSync task.
 */
@Component
class LostCreateFinder {

    /** Room for the difference between our clock and Salesforce's. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private final TaskLinks links;

    LostCreateFinder(TaskLinks links) {
        this.links = links;
    }

    /** The records found, by task id. */
    Map<UUID, SalesforceTask> find(UserClient client, List<PlannedWrite> creates) {
        var since = creates.stream().map(write -> write.link().createSentAt()).min(Instant::compareTo).orElseThrow()
                .minus(CLOCK_MARGIN);
        var soql = Soql.of("SELECT " + TaskFieldNames.SELECT_LIST
                        + " FROM Task WHERE OwnerId = :owner AND CreatedDate >= :since ORDER BY CreatedDate")
                .bind("owner", client.salesforceUserId()).bind("since", since);
        List<SalesforceTask> candidates;
        try (var rows = client.client().query(soql)) {
            candidates = rows.map(SalesforceTaskReader::read).toList();
        }
        var taken = new HashSet<>(links.linkedSalesforceIds(client.userId(),
                candidates.stream().map(SalesforceTask::id).toList()));
        var found = new HashMap<UUID, SalesforceTask>();
        for (var write : creates) {
            var fields = write.task().fields();
            new ArrayList<>(candidates).stream()
                    .filter(c -> !taken.contains(c.id()))
                    .filter(c -> c.fields().subject().equals(fields.subject())
                            && java.util.Objects.equals(c.fields().dueDate(), fields.dueDate()))
                    .findFirst()
                    .ifPresent(c -> {
                        taken.add(c.id());
                        found.put(write.task().id(), c);
                    });
        }
        return found;
    }
}
