package com.tasksync.benchmarks;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.run.Cluster;
import tools.jackson.databind.node.ObjectNode;

/**
 * The database's own account of the statements a scenario ran ({@code pg_stat_statements}): reset
 * when the scenario starts, read when it ends, the statements that took the most of the server's
 * time with their calls and rows. The server must preload the module, which the benchmark asks for
 * with {@code --statements true}.
 */
final class StatementStats {

    /** What the benchmark's server is started with so that the counters exist. */
    static final String SERVER_OPTIONS =
            "-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=1000";

    private final Cluster cluster;

    StatementStats(Cluster cluster) {
        this.cluster = cluster;
        cluster.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }

    void reset() {
        cluster.query("SELECT pg_stat_statements_reset()");
    }

    /** The {@code top} statements by time spent executing them, and the sum over all statements. */
    ObjectNode top(int top) {
        var totals = rows(cluster.query("SELECT count(*) AS statements, sum(calls) AS calls,"
                + " round(sum(total_exec_time)::numeric, 1) AS millis FROM pg_stat_statements"));
        var summary = Json.object();
        if (!totals.isEmpty()) {
            totals.get(0).forEach(summary::put);
        }
        var list = summary.putArray("top");
        for (var row : rows(cluster.query("SELECT calls, rows, round(total_exec_time::numeric, 1) AS millis,"
                + " round((total_exec_time / greatest(calls, 1) * 1000)::numeric, 1) AS micros_per_call,"
                + " left(regexp_replace(query, '\\s+', ' ', 'g'), 300) AS query FROM pg_stat_statements"
                + " ORDER BY total_exec_time DESC LIMIT " + top))) {
            var item = list.addObject();
            row.forEach(item::put);
        }
        return summary;
    }

    /** psql's expanded output ({@code -x}: "-[ RECORD n ]" then "column | value" lines) as rows. */
    private static java.util.List<java.util.Map<String, String>> rows(String expanded) {
        var rows = new java.util.ArrayList<java.util.Map<String, String>>();
        java.util.Map<String, String> row = null;
        for (var line : expanded.split("\n")) {
            if (line.startsWith("-[ RECORD")) {
                row = new java.util.LinkedHashMap<>();
                rows.add(row);
            } else if (row != null && line.contains(" | ")) {
                var bar = line.indexOf(" | ");
                row.put(line.substring(0, bar).strip(), line.substring(bar + 3).strip());
            }
        }
        return rows;
    }
}
