package com.tasksync.inbound;

import com.tasksync.engine.SyncAccount;
import com.tasksync.engine.TaskLinks;
import com.tasksync.mapping.SalesforceTask;
import com.tasksync.mapping.SalesforceTaskReader;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.sync.SyncLogEntry.Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a stream of Salesforce tasks in transactions of up to 200, looking their links up in
 * one query per batch; the stream is read lazily, so memory stays flat whatever the result size.
 */
@Component
public class InboundBatches {

    private static final int BATCH = 200;

    private final InboundApplier applier;
    private final TaskLinks links;
    private final TransactionTemplate transaction;

    InboundBatches(InboundApplier applier, TaskLinks links, TransactionTemplate transaction) {
        this.applier = applier;
        this.links = links;
        this.transaction = transaction;
    }

    /**
     * Applies every record to the account that owns it and reports the records done after each batch.
     *
     * @param owners the accounts by Salesforce user id; records of other owners are left out
     */
    public Summary apply(Stream<SObject> records, Map<String, SyncAccount> owners, Action createAction,
            IntConsumer progress) {
        var summary = new Summary();
        var batch = new ArrayList<SalesforceTask>(BATCH);
        var iterator = records.iterator();
        while (iterator.hasNext()) {
            batch.add(SalesforceTaskReader.read(iterator.next()));
            if (batch.size() == BATCH || !iterator.hasNext()) {
                applyBatch(batch, owners, createAction, summary);
                batch.clear();
                progress.accept(summary.read);
            }
        }
        return summary;
    }

    private void applyBatch(List<SalesforceTask> batch, Map<String, SyncAccount> owners, Action createAction,
            Summary summary) {
        transaction.executeWithoutResult(status -> {
            var linked = links.findBySalesforceIds(owners.values().stream().map(SyncAccount::userId).toList(),
                    batch.stream().map(SalesforceTask::id).toList());
            for (var remote : batch) {
                summary.read++;
                summary.latestModstamp = max(summary.latestModstamp, remote.systemModstamp());
                var account = owners.get(remote.ownerId());
                if (account != null) {
                    var applied = applier.apply(account, remote, linked.get(remote.id()), createAction);
                    if (applied.changedTaskSync()) {
                        summary.changed++;
                    }
                }
            }
        });
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    /** Records read, TaskSync tasks changed, and the newest SystemModstamp seen. */
    public static final class Summary {
        private int read;
        private int changed;
        private Instant latestModstamp;

        public int read() {
            return read;
        }

        public int changed() {
            return changed;
        }

        public Instant latestModstamp() {
            return latestModstamp;
        }
    }
}
