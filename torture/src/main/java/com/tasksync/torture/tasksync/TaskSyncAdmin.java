package com.tasksync.torture.tasksync;

import com.tasksync.torture.http.HarnessHttpException;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import java.util.Map;

/** The first admin, who adds a rep for each run through {@code POST /api/admin/users}. */
public final class TaskSyncAdmin {

    private final Http http = Http.withoutCookies();
    private final Credentials admin;

    public TaskSyncAdmin(Credentials admin) {
        this.admin = admin;
    }

    public Credentials addRep(String nodeUrl, String email, String password) {
        var body = Json.object().put("email", email).put("password", password).put("timeZone", "UTC");
        var reply = http.send("POST", nodeUrl + "/api/admin/users",
                Map.of("Authorization", admin.basic(), "Content-Type", "application/json"), Json.bytes(body));
        if (reply.status() != 201) {
            throw new HarnessHttpException("adding rep " + email + " failed: " + reply.brief());
        }
        return new Credentials(email, password);
    }
}
