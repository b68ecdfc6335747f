package com.tasksync.benchmarks;

import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.run.Cluster;
import com.tasksync.torture.salesforce.SalesforceRest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The naive way of doing what the engine does, measured against the same emulator and database in
 * the same run, so that each figure has a baseline beside it:
 * <ul>
 * <li><b>import</b>: read the query pages one after the other, and apply each record alone, in a
 * transaction of its own: a lookup by Salesforce id ({@code SELECT ... FOR UPDATE}), then an insert
 * each of the task, its link and a sync-log row, one round trip each (the per-record apply);</li>
 * <li><b>edits sent</b>: one API call per record ({@code PATCH /sobjects/Task/{id}}), one after the
 * other, as integrations that update records one by one do.</li>
 * </ul>
 * Both run for at most {@link #SAMPLE_TIME} (or the whole work, if shorter) and are scaled to the
 * whole work linearly, which is what one-after-the-other work does; the figures say what was measured
 * and what was scaled. The import writes to tables of its own (schema {@code naive}), dropped after.
 */
final class NaiveBaselines {

    static final Duration SAMPLE_TIME = Duration.ofSeconds(30);

    private static final String DATA = SalesforceRest.DATA;
    private static final String FIELDS = "Id, Subject, Description, ActivityDate, Status, Priority, CreatedDate,"
            + " LastModifiedDate, SystemModstamp";

    private final Http http;

    NaiveBaselines(Http http) {
        this.http = http;
    }

    /** The per-record import of the rep's {@code total} tasks, sampled. */
    ObjectNode importPerRecord(Cluster cluster, String salesforceToken, long total) {
        var auth = Map.of("Authorization", "Bearer " + salesforceToken);
        try (var db = DriverManager.getConnection(cluster.databaseUrl(), "tasksync", cluster.databasePassword())) {
            createTables(db);
            var userId = UUID.randomUUID();
            var applied = 0L;
            var calls = 0;
            var started = System.nanoTime();
            var deadline = started + SAMPLE_TIME.toNanos();
            String next = DATA + "/query?q=" + URLEncoder.encode("SELECT " + FIELDS
                    + " FROM Task ORDER BY SystemModstamp, Id", StandardCharsets.UTF_8);
            db.setAutoCommit(false);
            try (var find = db.prepareStatement("select id from naive.task where user_id = ? and salesforce_id = ?"
                    + " for update");
                 var task = db.prepareStatement("insert into naive.task (id, user_id, subject, description, due_date,"
                         + " status, priority, created_at, salesforce_id) values (?, ?, ?, ?, ?, ?, ?, now(), ?)");
                 var link = db.prepareStatement("insert into naive.link (task_id, salesforce_id, synced_modstamp)"
                         + " values (?, ?, ?)");
                 var log = db.prepareStatement("insert into naive.log (task_id, action, at) values (?, 'create', now())")) {
                pages:
                while (next != null && System.nanoTime() < deadline) {
                    var page = get(cluster.emulatorUrl() + next, auth);
                    calls++;
                    for (var record : page.path("records")) {
                        var salesforceId = record.path("Id").asString();
                        find.setObject(1, userId);
                        find.setString(2, salesforceId);
                        try (var found = find.executeQuery()) {
                            if (found.next()) {
                                db.commit();
                                continue;
                            }
                        }
                        var id = UUID.randomUUID();
                        task.setObject(1, id);
                        task.setObject(2, userId);
                        task.setString(3, record.path("Subject").asString(""));
                        task.setString(4, record.path("Description").isNull() ? null : record.path("Description").asString());
                        var due = record.path("ActivityDate");
                        task.setObject(5, due.isNull() || due.isMissingNode() ? null : LocalDate.parse(due.asString()));
                        task.setString(6, "Completed".equals(record.path("Status").asString()) ? "completed" : "open");
                        task.setString(7, record.path("Priority").asString("Normal").toLowerCase(java.util.Locale.ROOT));
                        task.setString(8, salesforceId);
                        task.executeUpdate();
                        link.setObject(1, id);
                        link.setString(2, salesforceId);
                        link.setString(3, record.path("SystemModstamp").asString());
                        link.executeUpdate();
                        log.setObject(1, id);
                        log.executeUpdate();
                        db.commit();
                        applied++;
                        if (System.nanoTime() >= deadline) {
                            break pages;
                        }
                    }
                    next = page.path("nextRecordsUrl").isMissingNode() || page.path("nextRecordsUrl").isNull() ? null
                            : page.path("nextRecordsUrl").asString();
                }
            } finally {
                db.setAutoCommit(true);
                dropTables(db);
            }
            var measured = (System.nanoTime() - started) / 1_000_000;
            return scaled(applied, measured, total).put("queryCallsMeasured", calls)
                    .put("queryCallsForAll", (total + 1999) / 2000)
                    .put("how", "query pages read one after the other; each record in its own transaction: a lookup"
                            + " FOR UPDATE and inserts of the task, its link and a log row");
        } catch (SQLException e) {
            throw new IllegalStateException("the per-record import baseline failed", e);
        }
    }

    /** One PATCH per record for {@code edits} of the rep's tasks, sampled. */
    ObjectNode editsPerCall(Cluster cluster, String salesforceToken, int edits, LocalDate dueDate) {
        var auth = Map.of("Authorization", "Bearer " + salesforceToken, "Content-Type", "application/json");
        var ids = new ArrayList<String>();
        var page = get(cluster.emulatorUrl() + DATA + "/query?q=" + URLEncoder.encode(
                "SELECT Id FROM Task ORDER BY Id LIMIT 2000", StandardCharsets.UTF_8), auth);
        page.path("records").forEach(record -> ids.add(record.path("Id").asString()));
        var body = Json.bytes(Json.object().put("ActivityDate", dueDate.toString()));
        var sent = 0L;
        var started = System.nanoTime();
        var deadline = started + SAMPLE_TIME.toNanos();
        while (sent < edits && System.nanoTime() < deadline) {
            var id = ids.get((int) (sent % ids.size()));
            var reply = http.exchange("PATCH", cluster.emulatorUrl() + DATA + "/sobjects/Task/" + id, auth, body);
            if (!reply.answered() || reply.reply().status() != 204) {
                throw new IllegalStateException("a per-record update failed: " + reply.describe());
            }
            sent++;
        }
        var measured = (System.nanoTime() - started) / 1_000_000;
        return scaled(sent, measured, edits).put("callsForAll", edits)
                .put("how", "PATCH /sobjects/Task/{id}, one record per call, one call after the other");
    }

    private static ObjectNode scaled(long done, long measuredMillis, long all) {
        var perRecord = done == 0 ? 0 : (double) measuredMillis / done;
        return Json.object().put("recordsMeasured", done).put("measuredMillis", measuredMillis)
                .put("wallMillisForAll", Math.round(perRecord * all))
                .put("recordsPerSecond", measuredMillis == 0 ? 0 : Math.round(done * 10_000.0 / measuredMillis) / 10.0)
                .put("scaled", done < all);
    }

    private JsonNode get(String url, Map<String, String> headers) {
        var reply = http.exchange("GET", url, headers, null);
        if (!reply.acknowledged()) {
            throw new IllegalStateException("GET " + url + " failed: " + reply.describe());
        }
        return reply.reply().json();
    }

    private static void createTables(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute("drop schema if exists naive cascade");
            statement.execute("create schema naive");
            statement.execute("""
                    create table naive.task (id uuid primary key, user_id uuid not null, subject text not null,
                        description text, due_date date, status text not null, priority text not null,
                        created_at timestamptz not null, salesforce_id text)""");
            statement.execute("create unique index on naive.task (user_id, salesforce_id)");
            statement.execute("create index on naive.task (user_id, due_date, created_at)");
            statement.execute("""
                    create table naive.link (task_id uuid primary key references naive.task, salesforce_id text not null,
                        synced_modstamp text)""");
            statement.execute("""
                    create table naive.log (id bigserial primary key, task_id uuid not null, action text not null,
                        at timestamptz not null)""");
        }
    }

    private static void dropTables(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute("drop schema if exists naive cascade");
        }
    }
}
