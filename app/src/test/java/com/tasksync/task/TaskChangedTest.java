package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.RecordedTaskChanges;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskChangedTest extends AppTestBase {

    @Autowired
    RecordedTaskChanges recorder;

    @Test
    void publishesEveryChangeWithItsKindAndLocalOrigin() {
        var user = newUser();
        var api = api(user);
        var id = api.post("/api/tasks", Map.of("subject", "Call")).json().get("id").stringValue();
        api.patch("/api/tasks/" + id, Map.of("subject", "Call back"));
        api.post("/api/tasks/" + id + "/complete", null);
        api.post("/api/tasks/" + id + "/reopen", null);
        api.delete("/api/tasks/" + id);
        api.post("/api/tasks/" + id + "/restore", null);

        var changes = recorder.of(user.id());

        assertThat(changes).extracting(TaskChanged::change).containsExactly(
                TaskChanged.Change.CREATED, TaskChanged.Change.UPDATED, TaskChanged.Change.COMPLETED,
                TaskChanged.Change.REOPENED, TaskChanged.Change.DELETED, TaskChanged.Change.RESTORED);
        assertThat(changes).allMatch(c -> c.origin() == TaskChanged.Origin.LOCAL);
        assertThat(changes).allMatch(c -> c.taskId().toString().equals(id));
    }

    @Test
    void publishesNothingForARefusedChange() {
        var user = newUser();
        var api = api(user);
        var id = api.post("/api/tasks", Map.of("subject", "Call")).json().get("id").stringValue();

        api.patch("/api/tasks/" + id, Map.of("subject", ""));

        assertThat(recorder.of(user.id())).extracting(TaskChanged::change)
                .containsExactly(TaskChanged.Change.CREATED);
    }
}
