package com.tasksync.inbound;

import com.tasksync.links.TaskLinks;
import com.tasksync.task.TaskChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A task the rep restores from Trash before its delete reached Salesforce: Salesforce may have changed the
 * record while the task was in Trash, and a read then leaves such a change for later (the task was going
 * away). So the rep's reads of Salesforce go back to when the task was last synced, and the org is read
 * now when it is read as a whole (a change stream does not send that change again).
 */
@Component
class RestoredInTaskSync {

    private static final Logger log = LoggerFactory.getLogger(RestoredInTaskSync.class);

    private final TaskLinks links;
    private final InboundPolling polling;
    /** After the commit the rep's transaction is over: these writes need one of their own. */
    private final TransactionTemplate own;

    RestoredInTaskSync(TaskLinks links, InboundPolling polling, PlatformTransactionManager transactions) {
        this.links = links;
        this.polling = polling;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void restored(TaskChanged event) {
        if (event.change() != TaskChanged.Change.RESTORED || event.origin() != TaskChanged.Origin.LOCAL) {
            return;
        }
        try {
            own.executeWithoutResult(status -> readAgain(event));
        } catch (RuntimeException e) {
            // the next safety poll reads the org again; nothing of the restore itself is lost
            log.warn("Reading Salesforce again after task {} was restored failed", event.taskId(), e);
        }
    }

    private void readAgain(TaskChanged event) {
        var link = links.find(event.taskId()).filter(found -> found.linked() && found.syncedAt() != null);
        if (link.isEmpty()) {
            return;
        }
        polling.readUserAgainFrom(event.userId(), link.get().syncedAt());
    }
}
