package com.tasksync.torture.run;

import com.tasksync.torture.process.TaskSyncNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What each node wrote while a run lasted, kept apart when the run fails: node logs are appended to
 * by every run of a harness invocation (and by a killed node once restarted), so the part of a failing
 * run is copied to {@code failed-run-<number>-<seed>/node-<n>.log} beside them before later runs bury it.
 * Beside them go the run's timeline (every write the harness made, the sync switches, kills and fault
 * episodes, in the order sent: {@code timeline.txt}) and the rep's rows as the run left them
 * ({@code database.txt}): the logs say what the nodes did, these what they were given and what they kept;
 * and every write Salesforce committed to the org's tasks, by whom, with which fields before and after
 * ({@code salesforce-history.txt}), which tells which call changed a record when a node's log was cut
 * short by a kill.
 */
final class FailedRunLogs {

    private FailedRunLogs() {
    }

    /** Copies each node's log from its size at the run's start to its end; the directory written, or null. */
    static Path keep(Path logDirectory, List<TaskSyncNode> nodes, Map<Integer, Long> sizesAtStart, int run,
            long seed) {
        var directory = logDirectory.resolve("failed-run-" + run + "-" + seed);
        try {
            Files.createDirectories(directory);
            for (var node : nodes) {
                var from = sizesAtStart.getOrDefault(node.number(), 0L);
                copyFrom(node.process().logFile(), from, directory.resolve("node-" + node.number() + ".log"));
            }
            return directory;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes {@code timeline.txt}: one line per thing the harness did, ordered by when it was sent. */
    static void writeTimeline(Path directory, com.tasksync.torture.model.Ledger ledger,
            com.tasksync.torture.execute.RunEvents events) {
        var lines = new java.util.ArrayList<java.util.Map.Entry<java.time.Instant, String>>();
        for (var slot : ledger.slots()) {
            var tag = com.tasksync.torture.model.Slot.tag(slot.number());
            var ids = " (TaskSync " + slot.taskSyncId() + ", Salesforce " + slot.salesforceId() + ")";
            for (var field : com.tasksync.torture.model.Field.values()) {
                for (var write : slot.writes(field)) {
                    lines.add(java.util.Map.entry(write.sentAt(), tag + " " + field + ": " + write.describe() + ids));
                }
            }
            for (var event : slot.lifecycle()) {
                lines.add(java.util.Map.entry(event.sentAt(), tag + " " + event + ids));
            }
        }
        events.killTimes().forEach(at -> lines.add(java.util.Map.entry(at, "a node killed")));
        for (var episode : events.episodes()) {
            lines.add(java.util.Map.entry(episode.start(), "fault " + episode.kind() + " until " + episode.end()));
        }
        lines.sort(java.util.Map.Entry.comparingByKey());
        var text = new StringBuilder("sync switches: ").append(ledger.switches().describe()).append('\n');
        lines.forEach(line -> text.append(line.getKey()).append(' ').append(line.getValue()).append('\n'));
        write(directory.resolve("timeline.txt"), text.toString());
    }

    /** Writes {@code database.txt}: the rep's sync state, tasks, links, outbox and sync log, read with psql. */
    static void writeDatabase(Path directory, Cluster cluster, String repEmail) {
        var user = "(select id from app_user where lower(email) = lower('" + repEmail.replace("'", "''") + "'))";
        var queries = List.of(
                "select * from sync_setting where user_id = " + user,
                "select * from sync_account where user_id = " + user,
                "select * from task where user_id = " + user + " order by created_at",
                "select * from task_link where user_id = " + user + " order by task_id",
                "select * from outbox_entry where user_id = " + user,
                "select * from task_conflict where user_id = " + user,
                "select * from inbound_set_aside where user_id = " + user,
                "select * from sync_log_entry where user_id = " + user + " order by at, id");
        var text = new StringBuilder();
        for (var query : queries) {
            text.append("== ").append(query).append('\n');
            try {
                text.append(cluster.query(query));
            } catch (RuntimeException e) {
                text.append("(failed: ").append(e.getMessage()).append(")\n");
            }
        }
        write(directory.resolve("database.txt"), text.toString());
    }

    /** Writes {@code salesforce-history.txt}: one line per committed write of a Task record of the org. */
    static void writeSalesforceHistory(Path directory, com.tasksync.torture.salesforce.EmulatorAdmin admin,
            String orgId, com.tasksync.torture.model.Ledger ledger) {
        var tags = new java.util.HashMap<String, String>();
        for (var slot : ledger.slots()) {
            if (slot.salesforceId() != null) {
                tags.put(slot.salesforceId(), com.tasksync.torture.model.Slot.tag(slot.number()));
            }
        }
        var text = new StringBuilder();
        try {
            for (var entry : admin.taskHistory(orgId)) {
                var id = entry.path("id").asString();
                text.append(entry.path("systemModstamp").asString()).append(' ')
                        .append(tags.getOrDefault(id, "[?]")).append(' ').append(id).append(' ')
                        .append(entry.path("operation").asString()).append(" by ")
                        .append(entry.path("lastModifiedById").asString())
                        .append(" client ").append(entry.path("client").isNull() ? "-" : entry.path("client").asString());
                for (var field : entry.path("changed").properties()) {
                    text.append(' ').append(field.getKey()).append(": ")
                            .append(brief(field.getValue().path("before"))).append(" -> ")
                            .append(brief(field.getValue().path("after")));
                }
                text.append('\n');
            }
        } catch (RuntimeException e) {
            text.append("(failed: ").append(e.getMessage()).append(")\n");
        }
        write(directory.resolve("salesforce-history.txt"), text.toString());
    }

    private static String brief(tools.jackson.databind.JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return "null";
        }
        var text = value.asString();
        return '"' + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + '"';
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e);
        }
    }

    private static void copyFrom(Path log, long from, Path target) throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        try (var in = new RandomAccessFile(log.toFile(), "r"); var out = Files.newOutputStream(target)) {
            in.seek(Math.min(from, in.length()));
            var buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, read);
            }
        }
    }
}
