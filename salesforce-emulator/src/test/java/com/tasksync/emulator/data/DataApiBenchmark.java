package com.tasksync.emulator.data;

import com.tasksync.emulator.http.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Not part of the test run (surefire picks no *Benchmark): collection writes and query paging at
 * 100,000 tasks over real HTTP, one client thread. Run with
 * {@code mvn -pl salesforce-emulator test -Dtest=DataApiBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DataApiBenchmark {

    private static final int TASKS = 100_000;

    @Test
    void measuresCollectionWritesAndQueryPaging() {
        try (DataApi api = DataApi.start(s -> s.withDailyApiRequests(10_000_000))) {
            long start = System.nanoTime();
            for (int done = 0; done < TASKS; done += 200) {
                ObjectNode body = Json.object();
                ArrayNode records = body.putArray("records");
                for (int i = done; i < done + 200; i++) {
                    ObjectNode r = records.addObject();
                    r.putObject("attributes").put("type", "Task");
                    r.put("Subject", "Follow up " + i).put("ActivityDate", "2026-12-01").put("Priority", "High")
                            .put("Description", "Talk about the renewal").put("TaskSync_Id__c", "ts-" + i);
                }
                api.post("/composite/sobjects", body);
            }
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            for (int round = 0; round < 3; round++) {
                start = System.nanoTime();
                int read = 0;
                JsonNode page = api.get("/query?q=SELECT%20Id,Subject,Status,Priority,ActivityDate,IsClosed,"
                        + "SystemModstamp,TaskSync_Id__c%20FROM%20Task").json();
                read += page.get("records").size();
                while (!page.get("done").booleanValue()) {
                    page = api.send("GET", page.get("nextRecordsUrl").asString(), null).json();
                    read += page.get("records").size();
                }
                double readSeconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("read %d in %.2f s = %.0f records/s%n", read, readSeconds, read / readSeconds);
            }
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("wrote %d in %.2f s = %.0f records/s; heap used after GC %d MB%n", TASKS, writeSeconds,
                    TASKS / writeSeconds, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
    }
}
