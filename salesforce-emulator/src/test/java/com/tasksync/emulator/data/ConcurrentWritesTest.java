package com.tasksync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConcurrentWritesTest {

    @Test
    void givesEveryConcurrentWriteItsOwnSystemModstamp() throws Exception {
        try (DataApi api = DataApi.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                created.add(pool.submit(() -> api.create("Task", Json.object().put("Subject", "t" + n))));
            }
            for (Future<String> f : created) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();

            JsonNode page = api.get("/query?q=SELECT%20Id,SystemModstamp%20FROM%20Task").json();
            Set<String> stamps = new HashSet<>();
            page.get("records").forEach(r -> stamps.add(r.get("SystemModstamp").asString()));

            assertThat(page.get("totalSize").intValue()).isEqualTo(200);
            assertThat(stamps).hasSize(200);
        }
    }
}
