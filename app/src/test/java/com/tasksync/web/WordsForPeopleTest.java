package com.tasksync.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages speak to people: no API field names or formats, a bad filter keeps the page, a stale edit keeps the text. */
class WordsForPeopleTest extends AppTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    private PeopleWords words;

    @Test
    void aBadFilterStaysOnAllTasksWithWhatWasTypedAndASentence() {
        var user = newUser();
        api(user).post("/api/tasks", Map.of("subject", "Call Jane"));
        var session = WebSession.signedIn(baseUrl(), user);

        var page = session.get("/tasks?view=open&dueFrom=2026-06-10&dueTo=2026-06-01");

        assertThat(page.uri().getPath()).isEqualTo("/tasks");
        assertThat(page.body()).contains("The “to” date must not be before the “from” date.")
                .contains("value=\"2026-06-10\"", "value=\"2026-06-01\"", "Call Jane")
                .doesNotContain("dueTo must", "dueFrom must");
        var badDate = session.get("/tasks?dueFrom=2026-02-31");
        assertThat(badDate.body()).contains("“Due from” must be a real date, such as 2026-06-10.")
                .doesNotContain("YYYY-MM-DD");
        var badView = session.get("/tasks?view=someday");
        assertThat(badView.uri().getPath()).isEqualTo("/tasks");
        assertThat(badView.body()).contains("Show must be one of the choices in its list.").doesNotContain("must be one of all");
    }

    @Test
    void aStaleEditKeepsWhatTheRepTypedAndShowsTheCurrentVersionBesideIt() {
        var user = newUser();
        var id = api(user).post("/api/tasks", Map.of("subject", "Draft proposal")).json().get("id").stringValue();
        var session = WebSession.signedIn(baseUrl(), user);
        session.get("/tasks/" + id + "/edit");
        api(user).patch("/api/tasks/" + id, Map.of("subject", "Send proposal"));

        var page = session.post("/tasks/" + id + "/edit", Map.of("version", "1", "subject", "Draft the proposal today",
                "description", "with prices", "status", "open", "priority", "normal", "type", "todo"));

        assertThat(page.body()).contains("was changed elsewhere", "value=\"Draft the proposal today\"", "with prices")
                .contains("id=\"current-subject\">Send proposal<").doesNotContain("now version");
        var again = session.post("/tasks/" + id + "/edit", Map.of("version", "2", "subject", "Draft the proposal today",
                "description", "with prices", "status", "open", "priority", "normal", "type", "todo"));
        assertThat(again.uri().getPath()).isEqualTo("/");
        assertThat(api(user).get("/api/tasks/" + id).json().get("subject").stringValue())
                .isEqualTo("Draft the proposal today");
    }

    @Test
    void theSyncLogAndSettingsUseWords() {
        var user = newUser();
        var session = WebSession.signedIn(baseUrl(), user);

        assertThat(session.get("/settings").body()).doesNotContain("tasksync.salesforce");
        assertThat(words.of(com.tasksync.sync.SyncLogEntry.Direction.FROM_SALESFORCE)).isEqualTo("From Salesforce");
        for (var action : com.tasksync.sync.SyncLogEntry.Action.values()) {
            assertThat(words.of(action)).as(action.name()).matches("[A-Z][a-z ]+");
        }
    }
}
