package com.tasksync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.WebSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PagesTest extends AppTestBase {

    @Test
    void sendsAnonymousVisitorsToTheSignInPage() {
        var response = new WebSession(baseUrl()).get("/");

        assertThat(response.uri().getPath()).isEqualTo("/login");
        assertThat(response.body()).contains("Sign in");
    }

    @Test
    void signsInAndShowsTodayAndTomorrow() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var user = newUser();
        api(user).post("/api/tasks", Map.of("subject", "Due today", "dueDate", "2026-06-10"));
        api(user).post("/api/tasks", Map.of("subject", "Due tomorrow", "dueDate", "2026-06-11"));
        api(user).post("/api/tasks", Map.of("subject", "Overdue", "dueDate", "2026-06-01"));

        var page = WebSession.signedIn(baseUrl(), user).get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Due today", "Due tomorrow", "2026-06-10", "2026-06-11", "1 overdue")
                .doesNotContain(">Overdue<");
    }

    @Test
    void rendersEveryPageForASignedInAdmin() {
        var admin = newUser(ZoneId.of("UTC"), true);
        var session = WebSession.signedIn(baseUrl(), admin);
        var id = api(admin).post("/api/tasks", Map.of("subject", "Edit me")).json().get("id").stringValue();

        for (var path : new String[] {"/", "/tasks", "/tasks?view=overdue", "/trash", "/settings", "/sync-log",
                "/admin/users", "/tasks/" + id + "/edit", "/settings/sync-state"}) {
            var page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void quickAddPutsATaskUnderTomorrow() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);

        var page = session.post("/tasks", Map.of("subject", "Call Grace", "due", "tomorrow", "type", "call",
                "returnTo", "/"));

        assertThat(page.body()).contains("Call Grace");
        var tomorrow = api(user).get("/api/command-center").json().get("dueTomorrow");
        assertThat(tomorrow.findValuesAsString("subject")).containsExactly("Call Grace");
        assertThat(tomorrow.get(0).get("type").stringValue()).isEqualTo("call");
    }

    @Test
    void quickAddWithABlankSubjectShowsTheProblemAndAddsNothing() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);

        var page = session.post("/tasks", Map.of("subject", "   ", "due", "today", "returnTo", "/"));

        assertThat(page.body()).contains("Subject cannot be empty.");
        assertThat(api(user).get("/api/tasks").json().get("totalItems").asLong()).isZero();
    }

    @Test
    void editSavesEveryFieldAndRefusesAStaleVersion() {
        var user = newUser(ZoneId.of("Europe/Paris"), false);
        var id = api(user).post("/api/tasks", Map.of("subject", "Draft")).json().get("id").stringValue();
        var session = WebSession.signedIn(baseUrl(), user);
        session.get("/tasks/" + id + "/edit");

        var form = Map.ofEntries(Map.entry("version", "1"), Map.entry("returnTo", "/tasks"),
                Map.entry("subject", "Final"), Map.entry("description", "Notes"), Map.entry("dueDate", "2026-07-01"),
                Map.entry("status", "open"), Map.entry("priority", "high"), Map.entry("type", "email"),
                Map.entry("reminderAt", "2026-07-01T09:00"), Map.entry("who", "Ada"), Map.entry("what", ""));
        session.post("/tasks/" + id + "/edit", form);
        session.get("/tasks/" + id + "/edit");
        var stale = session.post("/tasks/" + id + "/edit", Map.of("version", "1", "subject", "Lost",
                "status", "open", "priority", "low", "type", "todo"));

        var task = api(user).get("/api/tasks/" + id).json();
        assertThat(task.get("subject").stringValue()).isEqualTo("Final");
        assertThat(task.get("priority").stringValue()).isEqualTo("high");
        assertThat(task.get("reminderAt").stringValue()).isEqualTo("2026-07-01T07:00:00Z");
        assertThat(task.get("who").stringValue()).isEqualTo("Ada");
        assertThat(task.get("what").isNull()).isTrue();
        assertThat(stale.body()).contains("was changed elsewhere");
    }

    @Test
    void aRefusedEditKeepsWhatTheUserTyped() {
        var user = newUser();
        var id = api(user).post("/api/tasks", Map.of("subject", "Draft")).json().get("id").stringValue();
        var session = WebSession.signedIn(baseUrl(), user);
        session.get("/tasks/" + id + "/edit");

        var page = session.post("/tasks/" + id + "/edit", Map.of("version", "1", "subject", "Kept subject",
                "description", "Kept notes", "dueDate", "2026-02-30", "status", "open", "priority", "high",
                "type", "call"));

        assertThat(page.body()).contains("Due date must be a real date", "Kept subject", "Kept notes");
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("Draft");
    }

    @Test
    void settingsSavesTheTimeZoneAndTheSyncSwitch() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);
        session.get("/settings");

        session.post("/settings/time-zone", Map.of("timeZone", "Asia/Tokyo"));
        var page = session.post("/settings/sync", Map.of("enabled", "true"));

        assertThat(users.get(user.id()).timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(api(user).get("/api/sync").json().get("enabled").booleanValue()).isTrue();
        assertThat(page.body()).contains("Sync is on; connect to Salesforce to start it.").contains("checked");

        session.post("/settings/sync", Map.of());
        assertThat(api(user).get("/api/sync").json().get("enabled").booleanValue()).isFalse();
    }

    @Test
    void refusesFormsWithoutACsrfToken() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);
        var id = api(user).post("/api/tasks", Map.of("subject", "Keep me")).json().get("id").stringValue();

        var add = session.postWithoutToken("/tasks", Map.of("subject", "Forged", "due", "today"));
        var delete = session.postWithoutToken("/tasks/" + id + "/delete", Map.of());
        var sync = session.postWithoutToken("/settings/sync", Map.of("enabled", "true"));

        assertThat(add.statusCode()).isEqualTo(403);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(sync.statusCode()).isEqualTo(403);
        assertThat(api(user).get("/api/tasks").json().get("items").findValuesAsString("subject"))
                .containsExactly("Keep me");
        assertThat(api(user).get("/api/sync").json().get("enabled").booleanValue()).isFalse();
    }

    @Test
    void adminAddsAndDeactivatesUsersOnTheUsersPage() {
        var session = WebSession.signedIn(baseUrl(), newUser(ZoneId.of("UTC"), true));
        session.get("/admin/users");
        var email = "new-" + UUID.randomUUID() + "@example.test";

        var added = session.post("/admin/users", Map.of("email", email, "password", "a long password",
                "timeZone", "Europe/Berlin", "returnTo", "/admin/users"));
        var refused = session.post("/admin/users", Map.of("email", "bad", "password", "short",
                "returnTo", "/admin/users"));
        var created = users.findByEmail(email).orElseThrow();
        session.post("/admin/users/" + created.id() + "/deactivate", Map.of("returnTo", "/admin/users"));

        assertThat(added.body()).contains("Added " + email);
        assertThat(refused.body()).contains("email must be an email address", "password must be at least 10");
        assertThat(created.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(users.get(created.id()).active()).isFalse();
    }

    @Test
    void keepsNonAdminsOffTheUsersPage() {
        var session = WebSession.signedIn(baseUrl(), newUser());

        assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(session.get("/").body()).doesNotContain("nav-users");
    }

    @Test
    void showsAnotherUsersTaskAsNotFound() {
        var owner = newUser();
        var id = api(owner).post("/api/tasks", Map.of("subject", "Private")).json().get("id").stringValue();
        var session = WebSession.signedIn(baseUrl(), newUser());

        var edit = session.get("/tasks/" + id + "/edit");
        session.get("/");
        session.post("/tasks/" + id + "/complete", Map.of());

        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(edit.body()).doesNotContain("Private");
        assertThat(api(owner).get("/api/tasks/" + id).json().get("status").stringValue()).isEqualTo("open");
    }

    @Test
    void endsTheSessionOfADeactivatedUserOnTheNextRequest() {
        var rep = newUser();
        var session = WebSession.signedIn(baseUrl(), rep);
        assertThat(session.get("/tasks").uri().getPath()).isEqualTo("/tasks");

        users.deactivate(rep.id(), newUser(ZoneId.of("UTC"), true).id());

        assertThat(session.get("/tasks").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void wrongPasswordStaysOnTheSignInPage() {
        var user = newUser();
        var session = new WebSession(baseUrl());
        session.get("/login");

        var response = session.post("/login", Map.of("email", user.email(), "password", "not the password"));

        assertThat(response.uri().getPath()).isEqualTo("/login");
        assertThat(response.body()).contains("Wrong email or password");
        assertThat(session.get("/tasks").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void signInFormSlowsAnAccountAfterRepeatedFailuresButNeverLocksIt() {
        clock.stopAt(Instant.now());
        var user = newUser();
        var session = new WebSession(baseUrl());
        session.get("/login");
        for (int i = 0; i < 5; i++) {
            session.post("/login", Map.of("email", user.email(), "password", "guess " + i));
        }

        var tooSoon = session.post("/login", Map.of("email", user.email(), "password", user.password()));
        clock.stopAt(clock.instant().plusSeconds(1));
        var later = session.post("/login", Map.of("email", user.email(), "password", user.password()));

        assertThat(tooSoon.uri().getPath()).isEqualTo("/login");
        assertThat(tooSoon.body()).contains("Too many failed sign-ins on this account");
        assertThat(later.uri().getPath()).isEqualTo("/");
    }
}
