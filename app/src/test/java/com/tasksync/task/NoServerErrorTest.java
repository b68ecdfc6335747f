package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mangled bodies and query strings, from a fixed seed: every answer is a 2xx or a 4xx, never a 5xx. */
class NoServerErrorTest extends AppTestBase {

    private static final String VALID = "{\"subject\":\"Call\",\"dueDate\":\"2026-06-10\",\"priority\":\"high\","
            + "\"reminderAt\":\"2026-06-10T09:00:00Z\",\"who\":\"003000000000001AAA\"}";
    private static final String NASTY = "\u0000\"{}[]:,\\\ud800\udfff\u202e\uffff9e99-+.tfn ";

    @Test
    void mangledBodiesNeverMakeA500() {
        var random = new Random(20261122);
        var api = api(newUser());
        var id = api.post("/api/tasks", Map.of("subject", "Target")).json().get("id").stringValue();

        for (int i = 0; i < 300; i++) {
            var body = mangle(VALID, random);
            var create = api.send("/api/tasks", "POST", "application/json", body);
            var patch = api.send("/api/tasks/" + id, "PATCH", "application/merge-patch+json", body);
            assertThat(create.status()).as(body).isLessThan(500);
            assertThat(patch.status()).as(body).isLessThan(500);
        }
    }

    @Test
    void mangledQueryStringsNeverMakeA500() {
        var random = new Random(7);
        var api = api(newUser());
        String[] parameters = {"view", "dueFrom", "dueTo", "page", "size"};
        String[] values = {"-1", "99999999999999999999", "%00", "2026-02-29", "%F0%9F%98%80", "trash", "", "1e3",
                "2026-06-10T00:00", "%25ZZ"};

        for (int i = 0; i < 200; i++) {
            var query = parameters[random.nextInt(parameters.length)] + "=" + values[random.nextInt(values.length)]
                    + "&" + parameters[random.nextInt(parameters.length)] + "=" + values[random.nextInt(values.length)];
            assertThat(api.get("/api/tasks?" + query).status()).as(query).isLessThan(500);
            assertThat(api.get("/api/sync/log?" + query).status()).as(query).isLessThan(500);
        }
    }

    private static String mangle(String text, Random random) {
        var builder = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            var at = random.nextInt(builder.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> builder.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 1 -> {
                    if (at < builder.length()) {
                        builder.deleteCharAt(at);
                    }
                }
                default -> builder.insert(at, "9".repeat(1 + random.nextInt(400)));
            }
        }
        return builder.toString();
    }
}
