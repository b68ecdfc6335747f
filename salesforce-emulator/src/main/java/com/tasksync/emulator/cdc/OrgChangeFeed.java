package com.tasksync.emulator.cdc;

import com.tasksync.emulator.data.OrgData;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.data.RecordChange;
import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.org.RollingApiCount;
import com.tasksync.emulator.org.Org;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The change feed of one org: listens to its commits, publishes change events of the selected
 * entities into its {@link EventBus}, and keeps its Change Data Capture settings, the schemas it
 * has used, the count of delivered events of the last 24 hours, the delivery delay a test set, and
 * the id of each selected entity's member of the standard channel. A test may have it withhold the events
 * of commits, as Salesforce sends a gap or overflow event in place of changes it cannot detail.
 */
public final class OrgChangeFeed {

    /**
     * The key prefix of PlatformEventChannelMember ids, as in the ids printed by Salesforce's own
     * examples of channel-member queries (0v8RM0000004VAKYA2).
     */
    public static final String CHANNEL_MEMBER_KEY_PREFIX = "0v8";

    /** The objects whose changes the emulator can capture. */
    public static final Set<String> CAPTURABLE = Set.of("Task", "Account", "Contact", "Lead", "Opportunity");

    private final Org org;
    private final EventBus bus;
    private final Map<String, ChangeEventSchema> schemasByEntity = new ConcurrentHashMap<>();
    private final Map<String, ChangeEventSchema> schemasById = new ConcurrentHashMap<>();
    private final RollingApiCount deliveries = new RollingApiCount();
    private final AtomicLong commitNumbers = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41));
    private final TransactionEvents transactionEvents = new TransactionEvents(this::bodyFields);
    private volatile CdcSettings settings = CdcSettings.defaults();
    private volatile SortedMap<String, String> channelMemberIds = Collections.emptySortedMap();
    private volatile Duration deliveryDelay = Duration.ZERO;
    private volatile boolean withheld;

    OrgChangeFeed(Org org, long replayBase) {
        this.org = org;
        this.bus = new EventBus(replayBase);
    }

    public Org org() {
        return org;
    }

    public EventBus bus() {
        return bus;
    }

    public CdcSettings settings() {
        return settings;
    }

    /** Callers hold the feed's lock, so two changes cannot hand out ids for the same entity. */
    void settings(CdcSettings value) {
        SortedMap<String, String> ids = new TreeMap<>();
        for (String entity : value.selectedEntities()) {
            String kept = channelMemberIds.get(entity);
            ids.put(entity, kept != null ? kept : org.ids().next(CHANNEL_MEMBER_KEY_PREFIX));
        }
        channelMemberIds = Collections.unmodifiableSortedMap(ids);
        settings = value;
    }

    /**
     * Each selected entity with the id of its member of the standard channel, ChangeEvents, by
     * entity name. A member keeps its id while its entity stays selected; selected again after
     * being dropped, the entity is a new member with a new id, as Setup creates one.
     */
    public SortedMap<String, String> channelMemberIds() {
        return channelMemberIds;
    }

    public Duration deliveryDelay() {
        return deliveryDelay;
    }

    void deliveryDelay(Duration value) {
        deliveryDelay = value;
    }

    void withhold(boolean value) {
        withheld = value;
    }

    public Instant now() {
        return OrgData.of(org).clock().now();
    }

    /** True when the org has the object and the emulator can capture its changes. */
    public boolean capturable(String entity) {
        return CAPTURABLE.contains(entity) && OrgData.of(org).schema().type(entity) != null;
    }

    /** Counts up to {@code wanted} delivered events, as many as the daily allocation still allows; returns how many. */
    public synchronized int deliver(int wanted) {
        Instant now = now();
        int limit = settings.deliveryAllocation();
        int granted = 0;
        while (granted < wanted && deliveries.tryAcquire(now, limit)) {
            granted++;
        }
        return granted;
    }

    /** True while the daily delivery allocation has room left. */
    public boolean canDeliver() {
        return deliveries.used(now()) < settings.deliveryAllocation();
    }

    /** Events delivered to subscribers in the last 24 hours. */
    public long delivered() {
        return deliveries.used(now());
    }

    void setDelivered(long value) {
        deliveries.set(now(), value);
    }

    /** The current schema of the entity's change events. */
    public String schemaId(String entity) {
        return schema(entity).id();
    }

    /** The JSON of a schema this feed has used, by id; null when it never did. */
    public String schemaJson(String schemaId) {
        ChangeEventSchema schema = schemasById.get(schemaId);
        return schema == null ? null : schema.json();
    }

    void onCommit(List<RecordChange> changes) {
        if (withheld) {
            return;
        }
        CdcSettings current = settings;
        List<RecordChange> selected = changes.stream().filter(c -> current.selected(c.type())).toList();
        if (selected.isEmpty()) {
            return;
        }
        RecordChange last = selected.get(selected.size() - 1);
        CallContext call = CallContext.current();
        String origin = call == null ? "" : call.origin(last.client());
        String user = call == null ? String.valueOf(last.after().get("LastModifiedById")) : call.userId();
        CommitInfo commit = new CommitInfo(origin, transactionKey(), now(), commitNumbers.incrementAndGet(), user);
        transactionEvents.of(selected, commit).forEach(this::publish);
    }

    /** Publishes a gap or overflow event: the change happened but its details are not sent, so the subscriber re-reads. */
    StoredEvent publishGap(String entity, ChangeOperation type, List<String> recordIds) {
        CommitInfo commit = new CommitInfo("", transactionKey(), now(), commitNumbers.incrementAndGet(), "");
        return publish(new CapturedChange(entity, type, List.copyOf(recordIds), 1, CapturedChange.Body.empty(), commit));
    }

    private StoredEvent publish(CapturedChange event) {
        ChangeEventSchema schema = schema(event.entity());
        Instant now = now();
        bus.purge(now);
        return bus.append(event.entity(), schema.id(), schema.encode(event), now);
    }

    private ChangeEventSchema schema(String entity) {
        List<FieldDef> fields = bodyFields(entity);
        ChangeEventSchema schema = schemasByEntity.get(entity);
        if (schema == null || schema.schema().getFields().size() != fields.size() + 1) {
            schema = ChangeEventSchema.of(entity, fields);
            schemasByEntity.put(entity, schema);
            schemasById.put(schema.id(), schema);
        }
        return schema;
    }

    private List<FieldDef> bodyFields(String entity) {
        SObjectType type = OrgData.of(org).schema().type(entity);
        if (type == null) {
            throw new IllegalArgumentException("no such sObject type: " + entity);
        }
        return BodyFields.of(type);
    }

    private static String transactionKey() {
        return UUID.randomUUID().toString();
    }
}
