package com.tasksync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.connection.Connections;
import com.tasksync.connection.SalesforceTokens;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.WebSession;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.user.NewUser;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EscapingTest extends AppTestBase {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

    @Autowired
    SyncLog syncLog;

    @Autowired
    Connections connections;

    @Test
    void escapesHostileTextOnEveryPage() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var admin = newUser(ZoneId.of("UTC"), true);
        users.create(new NewUser(SCRIPT.replace(" ", "") + "@example.test", PASSWORD, ZoneId.of("UTC"), false));
        var api = api(admin);
        var hostile = Map.of("subject", SCRIPT + ATTRIBUTE, "description", SCRIPT, "who", SCRIPT, "what", ATTRIBUTE);
        var today = new HashMap<String, Object>(hostile);
        today.put("dueDate", "2026-06-10");
        var id = api.post("/api/tasks", today).json().get("id").stringValue();
        var trashed = api.post("/api/tasks", hostile).json().get("id").stringValue();
        api.delete("/api/tasks/" + trashed);
        syncLog.record(new SyncLogEntry(admin.id(), clock.instant(), SyncLogEntry.Direction.FROM_SALESFORCE,
                SyncLogEntry.Action.ERROR, null, SCRIPT, SCRIPT, ATTRIBUTE));
        connections.connect(admin.id(), URI.create("http://127.0.0.1:1"),
                new SalesforceTokens("access", "refresh", URI.create("http://127.0.0.1:1"), SCRIPT, "005x", SCRIPT));
        var session = WebSession.signedIn(baseUrl(), admin);

        for (var path : new String[] {"/", "/tasks", "/trash", "/tasks/" + id + "/edit", "/sync-log", "/admin/users",
                "/settings"}) {
            var page = session.get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    policy -> assertThat(policy).contains("script-src 'self'"));
            var body = page.body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(body).as(path).contains("&lt;script&gt;");
        }
    }
}
