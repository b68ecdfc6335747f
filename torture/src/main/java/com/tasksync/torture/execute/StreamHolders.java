package com.tasksync.torture.execute;

import com.tasksync.torture.plan.KillStep;
import com.tasksync.torture.process.Deadline;
import com.tasksync.torture.process.TaskSyncNode;
import com.tasksync.torture.tasksync.Credentials;
import com.tasksync.torture.tasksync.IntegrationAdmin;
import com.tasksync.torture.tasksync.IntegrationAdmin.StreamShown;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The node holding the org's change stream, as an admin finds it: the Salesforce admin page names the
 * holder, and each node's name begins with its number. Kills it, then times how long the other nodes take
 * to have the stream live again, reading the page through a node that is up.
 */
public final class StreamHolders {

    private static final Duration LIVE_BEFORE_KILL = Duration.ofSeconds(60);
    /** How long past the limit the page is still read, so that a late takeover is reported with its time. */
    private static final Duration LATE_WATCH = Duration.ofSeconds(60);
    private static final Duration READ_EVERY = Duration.ofMillis(250);

    private final List<TaskSyncNode> nodes;
    private final Credentials admin;
    private final String orgId;
    private final NodeKiller killer;
    private final RunEvents events;
    private TaskSyncNode killed;
    private Instant killedAt;
    private StreamShown lastShown;

    public StreamHolders(List<TaskSyncNode> nodes, Credentials admin, String orgId, NodeKiller killer,
            RunEvents events) {
        this.nodes = List.copyOf(nodes);
        this.admin = admin;
        this.orgId = orgId;
        this.killer = killer;
        this.events = events;
    }

    /** Kills the node the admin page shows holding the org's live stream; it starts again after {@code restartAfter}. */
    public synchronized void killHolder(Duration restartAfter) {
        var shown = awaitShown(null, Deadline.in(LIVE_BEFORE_KILL), s -> "live".equals(s.state()) && s.holder() != null);
        if (shown.isEmpty()) {
            events.violation("stream-not-live", "before the kill, the admin page did not show org " + orgId
                    + "'s change stream live on a node within " + LIVE_BEFORE_KILL.toSeconds() + " s; it shows "
                    + lastShown);
            return;
        }
        var holder = shown.get().holder();
        var index = IntStream.range(0, nodes.size()).filter(i -> nodes.get(i).named(holder)).findFirst();
        if (index.isEmpty()) {
            events.harnessError("the admin page names " + holder + " as the stream's holder, none of the nodes");
            return;
        }
        killed = nodes.get(index.getAsInt());
        killedAt = Instant.now();
        killer.kill(new KillStep(List.of(index.getAsInt()), restartAfter));
        events.note("killed node " + (index.getAsInt() + 1) + ", which held org " + orgId + "'s change stream as "
                + holder);
    }

    /** Waits until another node holds the stream live; later than {@code limit} after the kill is a violation. */
    public synchronized void awaitTakeover(Duration limit) {
        if (killed == null) {
            return;
        }
        var deadline = Deadline.in(Duration.between(Instant.now(), killedAt.plus(limit).plus(LATE_WATCH)));
        var shown = awaitShown(killed, deadline,
                s -> "live".equals(s.state()) && s.holder() != null && !killed.named(s.holder()));
        if (shown.isEmpty()) {
            events.violation("stream-not-taken-over", "no other node held org " + orgId + "'s change stream live within "
                    + limit.plus(LATE_WATCH).toSeconds() + " s of the kill of its holder; the admin page shows "
                    + lastShown);
            return;
        }
        var took = Duration.between(killedAt, Instant.now());
        events.note("org " + orgId + "'s change stream live again on " + shown.get().holder() + " "
                + took.toMillis() + " ms after its holder was killed");
        if (took.compareTo(limit) > 0) {
            events.violation("slow-stream-takeover", "org " + orgId + "'s change stream was live again on "
                    + shown.get().holder() + " only " + took.toMillis() + " ms after its holder was killed (at most "
                    + limit.toSeconds() + " s)");
        }
    }

    /** Reads the admin page, through a node that is up and not {@code avoid}, until what it shows passes. */
    private Optional<StreamShown> awaitShown(TaskSyncNode avoid, Deadline deadline, Predicate<StreamShown> wanted) {
        IntegrationAdmin page = null;
        TaskSyncNode reader = null;
        while (true) {
            try {
                if (reader == null || !reader.ready()) {
                    reader = nodes.stream().filter(node -> node != avoid && node.ready()).findFirst().orElse(null);
                    page = reader == null ? null : new IntegrationAdmin(reader.baseUrl(), admin);
                }
                if (page != null) {
                    lastShown = page.stream(orgId).orElse(null);
                    if (lastShown != null && wanted.test(lastShown)) {
                        return Optional.of(lastShown);
                    }
                }
            } catch (RuntimeException e) {
                // The reading node went down meanwhile: another is picked at the next turn.
                reader = null;
            }
            if (deadline.passed()) {
                return Optional.empty();
            }
            Deadline.pause(READ_EVERY);
        }
    }
}
