package com.tasksync.emulator.cdc;

import com.tasksync.emulator.data.OrgData;
import com.tasksync.emulator.org.Org;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Change Data Capture for every org of one emulator: each org's {@link OrgChangeFeed}, made when
 * the org is first configured or subscribed to, and the operations the admin API offers on it.
 */
public final class ChangeDataCapture {

    private final Map<String, OrgChangeFeed> feeds = new ConcurrentHashMap<>();
    private final long replayBase = System.currentTimeMillis() * 1_000;

    /** The org's change feed; its first use starts listening to the org's commits. */
    public OrgChangeFeed feed(Org org) {
        return feeds.computeIfAbsent(org.id(), id -> {
            OrgChangeFeed feed = new OrgChangeFeed(org, replayBase);
            OrgData.of(org).onCommit(feed::onCommit);
            return feed;
        });
    }

    /** Changes the org's settings; an entity the emulator cannot capture is an IllegalArgumentException naming it. */
    public CdcSettings updateSettings(Org org, UnaryOperator<CdcSettings> change) {
        OrgChangeFeed feed = feed(org);
        synchronized (feed) {
            CdcSettings next = change.apply(feed.settings());
            for (String entity : next.selectedEntities()) {
                if (!feed.capturable(entity)) {
                    throw new IllegalArgumentException(entity + " is not an object whose changes can be captured");
                }
            }
            if (next.dailyDeliveredEvents() != null && next.dailyDeliveredEvents() < 0) {
                throw new IllegalArgumentException("dailyDeliveredEvents must not be negative");
            }
            feed.settings(next);
            return next;
        }
    }

    /** Publishes a GAP_* or GAP_OVERFLOW event for the entity, as Salesforce does when it cannot send a change's details. */
    public StoredEvent injectGap(Org org, String entity, ChangeOperation type, List<String> recordIds) {
        if (!type.gap()) {
            throw new IllegalArgumentException("changeType must be GAP_CREATE, GAP_UPDATE, GAP_DELETE, GAP_UNDELETE or GAP_OVERFLOW");
        }
        OrgChangeFeed feed = feed(org);
        if (!feed.capturable(entity)) {
            throw new IllegalArgumentException(entity + " is not an object whose changes can be captured");
        }
        return feed.publishGap(entity, type, recordIds);
    }

    /**
     * While withheld, the org's commits publish no change event at all, as when Salesforce cannot send a
     * change's details and publishes a gap event or, past 100,000 changes in one transaction, an overflow
     * event in its place ({@link #injectGap} then publishes that event).
     */
    public void withholdEvents(Org org, boolean withheld) {
        feed(org).withhold(withheld);
    }

    /** Holds every event back from delivery for this long after it was published (zero: none). */
    public void delayDelivery(Org org, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        feed(org).deliveryDelay(delay);
    }

    /** Sets the count of events delivered in the last 24 hours, to bring the org to its delivery allocation. */
    public void setDelivered(Org org, long delivered) {
        feed(org).setDelivered(delivered);
    }
}
