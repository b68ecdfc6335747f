package com.tasksync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owning module, and only its SQL writes it: a state that one module keeps
 * cannot change behind its back. Reads across modules are allowed; writes are not.
 */
class TableOwnershipTest {

    private static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+(\\w+)");

    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("app_user", "user"),
            Map.entry("api_token", "user"),
            Map.entry("sign_in_failure", "system"),
            Map.entry("task", "task"),
            Map.entry("idempotency_key", "task"),
            Map.entry("task_tally", "task"),
            Map.entry("salesforce_connection", "connection"),
            Map.entry("org_integration", "connection"),
            Map.entry("change_stream", "inbound"),
            Map.entry("api_call_count", "connection"),
            Map.entry("sync_setting", "sync"),
            Map.entry("sync_log_entry", "sync"),
            Map.entry("sync_problem", "sync"),
            Map.entry("sync_account", "sync"),
            Map.entry("task_link", "links"),
            Map.entry("outbox_entry", "outbound"),
            Map.entry("sync_cursor", "inbound"),
            Map.entry("inbound_set_aside", "inbound"),
            Map.entry("task_conflict", "inbound"),
            Map.entry("salesforce_name", "lookup"));

    @Test
    void onlyTheOwningModuleWritesATable() throws IOException {
        var violations = new TreeSet<String>();
        var root = Path.of("src/main/java/com/tasksync");
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                var module = relative.getName(0).toString();
                var matcher = WRITE.matcher(Files.readString(file));
                while (matcher.find()) {
                    var owner = OWNER.get(matcher.group(2).toLowerCase(java.util.Locale.ROOT));
                    if (owner != null && !owner.equals(module)) {
                        violations.add(relative + " writes " + matcher.group(2) + ", which " + owner + " owns");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyTableHasAnOwner() throws IOException {
        var tables = new TreeSet<String>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (var file : files.toList()) {
                var matcher = Pattern.compile("(?i)create table (\\w+)").matcher(Files.readString(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        tables.remove("scheduled_tasks"); // db-scheduler's own
        tables.remove("spring_session"); // Spring Session JDBC's own, with its attributes
        tables.remove("spring_session_attributes");
        assertThat(OWNER.keySet()).containsAll(tables);
    }
}
