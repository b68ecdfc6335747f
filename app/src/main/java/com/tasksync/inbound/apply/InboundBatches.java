package com.tasksync.inbound.apply;

import com.tasksync.inbound.InboundProperties;
import com.tasksync.sync.SyncAccount;
import com.tasksync.links.TaskLink;
import com.tasksync.links.TaskLinks;
import com.tasksync.inbound.apply.InboundApplier.Found;
import com.tasksync.mapping.SalesforceTask;
import com.tasksync.mapping.SalesforceTaskReader;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.task.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a stream of Salesforce tasks in transactions of up to 200. Each batch row-locks its tasks
 * and links (in task id order, as every other writer of them does) before applying, so a user's
 * change cannot slip in between the merge's read and its write. A batch that fails is applied again
 * record by record, and a record that fails alone is set aside with its reason ({@link SetAside})
 * while the others go on; failures of the database itself are not the record's fault and propagate.
 * The stream is read ahead by at most {@value #READ_AHEAD} records ({@link Prefetched}), so Salesforce
 * answers the next query page while this one is applied, and memory stays flat whatever the result size.
 * Inside a transaction of the caller ({@link #applyTogether}) each attempt is a savepoint of it, so the
 * record-by-record retry works there too, and everything commits with what the caller writes.
 */
@Component
public class InboundBatches {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InboundBatches.class);

    private static final int BATCH = 200;
    /** Records read ahead of the batch being applied: a query page of 2,000 and some. */
    private static final int READ_AHEAD = 2_500;

    private final InboundApplier applier;
    private final TaskLinks links;
    private final SyncedTaskWrites tasks;
    private final SetAside setAside;
    private final TransactionTemplate transaction;
    private final InboundProperties properties;

    InboundBatches(InboundApplier applier, TaskLinks links, SyncedTaskWrites tasks, SetAside setAside,
            PlatformTransactionManager transactions, InboundProperties properties) {
        this.applier = applier;
        this.links = links;
        this.tasks = tasks;
        this.setAside = setAside;
        // a transaction of its own, or a savepoint of the caller's when there is one
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.properties = properties;
    }

    /** Applies every record of the read to the account that owns it, reporting the records done after each batch. */
    public Summary apply(Stream<SObject> records, InboundRead read, IntConsumer progress) {
        var summary = new Summary();
        var batch = new ArrayList<SalesforceTask>(BATCH);
        // the next query page is fetched while this one is applied
        try (var iterator = Prefetched.of(records.iterator(), READ_AHEAD)) {
            while (iterator.hasNext()) {
                batch.add(SalesforceTaskReader.read(iterator.next(), read.externalIdField()));
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    applyBatch(batch, read, summary);
                    batch.clear();
                    progress.accept(summary.read);
                }
            }
        }
        return summary;
    }

    /**
     * Applies the records as one batch inside the caller's transaction, which must be running: they
     * commit, or roll back, with what the caller writes in it (the change stream's replay id). Their
     * tasks are locked at once, in id order, so the caller should keep the records few (a few
     * thousand at most). The read's observer hears of them once that transaction has committed.
     */
    public Summary applyTogether(List<SObject> records, InboundRead read) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("applyTogether runs inside the caller's transaction: start one first");
        }
        var summary = new Summary();
        if (!records.isEmpty()) {
            applyBatch(records.stream().map(record -> SalesforceTaskReader.read(record, read.externalIdField())).toList(),
                    read, summary);
        }
        return summary;
    }

    private void applyBatch(List<SalesforceTask> batch, InboundRead read, Summary summary) {
        summary.read += batch.size();
        batch.forEach(remote -> summary.latestModstamp = max(summary.latestModstamp, remote.systemModstamp()));
        try {
            summary.add(transaction.execute(status -> applyAll(batch, read)), batch, read.observer());
        } catch (RuntimeException e) {
            if (SetAside.isDatabaseFailure(e)) {
                throw e;
            }
            for (var remote : batch) {
                applyAlone(remote, read, summary);
            }
        }
    }

    private void applyAlone(SalesforceTask remote, InboundRead read, Summary summary) {
        try {
            summary.add(transaction.execute(status -> applyAll(List.of(remote), read)), List.of(remote),
                    read.observer());
        } catch (RuntimeException e) {
            if (SetAside.isDatabaseFailure(e)) {
                throw e;
            }
            var account = read.owners().get(remote.ownerId());
            if (account != null) {
                setAside.record(account.userId(), remote, e);
                summary.setAside++;
                afterCommit(() -> read.observer().setAside(remote));
            }
        }
    }

    private Map<String, Applied> applyAll(List<SalesforceTask> batch, InboundRead read) {
        var users = read.owners().values().stream().map(SyncAccount::userId).toList();
        var ids = batch.stream().map(SalesforceTask::id).toList();
        var taskIds = new HashSet<UUID>();
        links.findAllBySalesforceIds(users, ids).forEach(link -> taskIds.add(link.taskId()));
        batch.forEach(remote -> ours(remote).ifPresent(taskIds::add));
        Map<UUID, Task> lockedTasks = tasks.lockAll(users, taskIds);
        Map<UUID, TaskLink> lockedLinks = links.lockAll(taskIds);
        var bySalesforceId = new HashMap<String, TaskLink>();
        lockedLinks.values().stream().filter(link -> link.salesforceId() != null)
                .forEach(link -> bySalesforceId.put(link.userId() + "/" + link.salesforceId(), link));
        Set<UUID> creating = read.externalIdField().isPresent() ? Set.of()
                : links.withCreatesInFlight(users, read.startedAt(), properties.claimLease());
        var wasSetAside = setAside.among(users, ids);
        var applied = new HashMap<String, Applied>();
        var writes = new InboundApplier.Writes();
        for (var remote : batch) {
            var account = read.owners().get(remote.ownerId());
            if (account == null) {
                log.debug("Record {} of owner {} is nobody's who syncs here", remote.id(), remote.ownerId());
                continue;
            }
            var found = find(account, remote, bySalesforceId, lockedLinks, lockedTasks);
            Applied outcome;
            if (found.link() != null && found.link().writeOverlaps(read.startedAt(), properties.claimLease())
                    || found.link() == null && found.ours() == null && creating.contains(account.userId())) {
                outcome = Applied.SKIPPED;
            } else {
                outcome = applier.apply(account, remote, found, read, writes);
            }
            if (outcome != Applied.SKIPPED && wasSetAside.contains(remote.id())) {
                setAside.clear(account.userId(), remote.id());
            }
            applied.put(remote.id(), outcome);
            if (log.isDebugEnabled() && !outcome.changedTaskSync()) {
                log.debug("Record {} {}: link {}, ours {}, created {}, modified {}, stamp {}, deleted {}, accept from {}",
                        remote.id(), outcome, found.link() == null ? null : found.link().taskId(), found.ours(),
                        remote.createdDate(), remote.lastModifiedDate(), remote.systemModstamp(), remote.deleted(),
                        account.acceptFrom());
            }
        }
        applier.writeAll(writes);
        return applied;
    }

    private static Found find(SyncAccount account, SalesforceTask remote, Map<String, TaskLink> bySalesforceId,
            Map<UUID, TaskLink> lockedLinks, Map<UUID, Task> lockedTasks) {
        var link = bySalesforceId.get(account.userId() + "/" + remote.id());
        if (link != null) {
            return new Found(link, lockedTasks.get(link.taskId()), null);
        }
        var ours = ours(remote).filter(id -> {
            var task = lockedTasks.get(id);
            return task == null || task.userId().equals(account.userId());
        });
        if (ours.isEmpty()) {
            return Found.nothing();
        }
        var candidate = lockedLinks.get(ours.get());
        if (candidate != null && !candidate.userId().equals(account.userId())) {
            return Found.nothing();
        }
        return new Found(candidate, lockedTasks.get(ours.get()), ours.get());
    }

    /** The TaskSync task id that one of our creates left in the external ID field, if it is one. */
    private static java.util.Optional<UUID> ours(SalesforceTask remote) {
        if (remote.externalId() == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(UUID.fromString(remote.externalId()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** Runs {@code action} now, or when the caller's transaction commits if one runs. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    /**
     * Records read, TaskSync tasks changed, records set aside, the newest SystemModstamp seen, and the
     * oldest SystemModstamp of a record left to the next read ({@link Applied#SKIPPED}), or null.
     */
    public static final class Summary {
        /** How many of the latest changes' SystemModstamps a summary keeps, for {@link #changedBefore}. */
        private static final int RECENT_CHANGES = 1_000;

        private int read;
        private int changed;
        private int setAside;
        private Instant latestModstamp;
        private Instant earliestSkipped;
        /** The SystemModstamps of the latest changes, in the order read (a poll reads by SystemModstamp). */
        private final java.util.ArrayDeque<Instant> recentChanges = new java.util.ArrayDeque<>();

        private void add(Map<String, Applied> applied, List<SalesforceTask> batch, InboundRead.Observer observer) {
            var records = List.copyOf(batch);
            afterCommit(() -> records.forEach(remote -> {
                var outcome = applied.get(remote.id());
                if (outcome != null) {
                    observer.applied(remote, outcome);
                }
            }));
            for (var remote : batch) {
                var outcome = applied.get(remote.id());
                if (outcome == null) {
                    continue;
                }
                if (outcome.changedTaskSync()) {
                    changed++;
                    recentChanges.addLast(remote.systemModstamp() == null ? Instant.MIN : remote.systemModstamp());
                    if (recentChanges.size() > RECENT_CHANGES) {
                        recentChanges.removeFirst();
                    }
                }
                if (outcome == Applied.SKIPPED) {
                    earliestSkipped = min(earliestSkipped, remote.systemModstamp());
                }
            }
        }

        public int read() {
            return read;
        }

        public int changed() {
            return changed;
        }

        /**
         * How many of the changes were made in Salesforce before {@code cutoff} (by SystemModstamp); all of
         * them when it is null. Exact while fewer than a thousand changes were made after the cutoff, as a
         * poll reads records in SystemModstamp order; beyond that, the earliest of them count as before it.
         */
        public int changedBefore(Instant cutoff) {
            if (cutoff == null) {
                return changed;
            }
            var older = changed - recentChanges.size(); // those no longer kept, read before the kept ones
            return older + (int) recentChanges.stream().filter(at -> at.isBefore(cutoff)).count();
        }

        public int setAside() {
            return setAside;
        }

        public Instant latestModstamp() {
            return latestModstamp;
        }

        public Instant earliestSkipped() {
            return earliestSkipped;
        }

        /** Where the next read may start: past everything read, but never past a record left to it. */
        public Instant nextWatermark(Instant current) {
            var next = latestModstamp == null ? current : latestModstamp;
            return earliestSkipped == null ? next : min(next, earliestSkipped);
        }
    }
}
