package com.tasksync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.TestUser;
import com.tasksync.support.WebSession;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.system.TextRules;
import com.tasksync.task.SyncedTaskWrites;
import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bidirectional controls: refused when a user types them, kept when Salesforce sends them (sync
 * stores what Salesforce accepts), and shown on every page as visible markers so that
 * {@code invoice ‮gpj.exe} can never read as {@code invoice exe.jpg}. The task comes in through
 * {@link SyncedTaskWrites}, the write path inbound sync uses.
 */
class BidiTextTest extends AppTestBase {

    private static final String SUBJECT = "invoice \u202Egpj.exe";
    private static final String SHOWN = "invoice ⟨U+202E⟩gpj.exe";

    @Autowired
    private SyncedTaskWrites syncedWrites;

    @Autowired
    private SyncLog syncLog;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void showsBidiControlsFromSalesforceAsVisibleMarkersOnEveryPage() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var user = newUser();
        var id = fromSalesforce(user);
        syncLog.record(new SyncLogEntry(user.id(), clock.instant(), SyncLogEntry.Direction.FROM_SALESFORCE,
                SyncLogEntry.Action.CREATE, id, "00T000000000001AAA", SUBJECT, "renamed to \u2067" + SUBJECT));
        var session = WebSession.signedIn(baseUrl(), user);

        for (var path : new String[] {"/", "/tasks", "/tasks/" + id + "/edit", "/sync-log"}) {
            var body = session.get(path).body();
            assertThat(body).as(path).contains(SHOWN);
            assertThat(body.codePoints().filter(TextRules::isBidiControl).count()).as(path).isZero();
        }
        var trashed = session.post("/tasks/" + id + "/delete", Map.of("returnTo", "/trash"));
        assertThat(trashed.body()).contains("Moved “" + SHOWN + "” to Trash").contains("⟨U+2066⟩Ada⟨U+2069⟩");
        assertThat(trashed.body().codePoints().filter(TextRules::isBidiControl).count()).isZero();
    }

    @Test
    void savingTheEditFormAsShownKeepsTheStoredText() {
        var user = newUser();
        var id = fromSalesforce(user);
        var session = WebSession.signedIn(baseUrl(), user);
        session.get("/tasks/" + id + "/edit");
        var form = new LinkedHashMap<String, String>();
        form.put("version", "1");
        form.put("returnTo", "/tasks");
        form.put("subject", SHOWN);
        form.put("description", "paid");
        form.put("dueDate", LocalDate.now(clock).toString());
        form.put("status", "open");
        form.put("priority", "high");
        form.put("type", "todo");
        form.put("reminderAt", "");
        form.put("who", "⟨U+2066⟩Ada⟨U+2069⟩");
        form.put("what", "");

        var saved = session.post("/tasks/" + id + "/edit", form);
        var task = api(user).get("/api/tasks/" + id).json();

        assertThat(saved.uri().getPath()).isEqualTo("/tasks");
        assertThat(task.get("subject").stringValue()).isEqualTo(SUBJECT);
        assertThat(task.get("who").stringValue()).isEqualTo("\u2066Ada\u2069");
        assertThat(task.get("priority").stringValue()).isEqualTo("high");
    }

    @Test
    void refusesABidiControlTypedIntoTheQuickAddForm() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);

        var page = session.post("/tasks", Map.of("subject", SUBJECT, "due", "today", "returnTo", "/"));

        assertThat(page.body()).contains("Subject must not contain bidirectional control characters");
        assertThat(api(user).get("/api/tasks").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void refusesANewBidiControlInAPatchButTakesOneSentBackUnchanged() {
        var user = newUser();
        var id = fromSalesforce(user);

        var changed = api(user).patch("/api/tasks/" + id, Map.of("subject", "invoice \u202Egpj.exe!"));
        var unchanged = api(user).patch("/api/tasks/" + id, Map.of("subject", SUBJECT, "priority", "low"));

        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.json().get("errors").get(0).get("field").stringValue()).isEqualTo("subject");
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("priority").stringValue()).isEqualTo("low");
    }

    private UUID fromSalesforce(TestUser user) {
        var fields = new TaskFields(SUBJECT, "paid", LocalDate.now(clock), TaskStatus.OPEN, TaskPriority.NORMAL,
                TaskType.TODO, null, "\u2066Ada\u2069", null);
        return transaction.execute(status ->
                syncedWrites.createFromSalesforce(user.id(), fields, "00T000000000001AAA")).id();
    }
}
