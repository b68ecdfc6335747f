package com.tasksync.emulator.soql;

import static com.tasksync.emulator.soql.TaskRecord.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs queries over 100,000 generated tasks; a quadratic step anywhere would make this suite crawl. */
class SoqlScaleTest {

    private static final int COUNT = 100_000;
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final SoqlContext CONTEXT = new SoqlContext(NOW, ZoneId.of("Europe/Berlin"));

    private static final List<Map<String, Object>> TASKS = generated();

    private static List<Map<String, Object>> generated() {
        List<Map<String, Object>> tasks = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            tasks.add(task("Task " + i)
                    .with("Id", "00T" + padded(i) + "AAA")
                    .with("Status", i % 4 == 0 ? "Completed" : "Open")
                    .with("IsClosed", i % 4 == 0)
                    .with("CallDurationInSeconds", i % 100)
                    .with("ActivityDate", LocalDate.parse("2026-11-20").minusDays(i % 30))
                    .with("CreatedDate", NOW.minusSeconds(60L * i))
                    .build());
        }
        return tasks;
    }

    private static String padded(int number) {
        String digits = Integer.toString(number);
        return "0".repeat(12 - digits.length()) + digits;
    }

    @Test
    void filtersAHundredThousandRecordsWithACompiledQuery() {
        List<Map<String, Object>> tasks = TASKS;
        String soql = "SELECT Id, Subject FROM Task WHERE (Status = 'open' AND CallDurationInSeconds < 10) "
                + "OR (IsClosed = true AND ActivityDate = LAST_N_DAYS:6 AND Subject LIKE 'task 1%')";

        List<Map<String, Object>> matched = TaskFixture.run(soql, CONTEXT, tasks);

        long expected = tasks.stream().filter(t -> {
            int i = Integer.parseInt(((String) t.get("Subject")).substring(5));
            boolean first = i % 4 != 0 && i % 100 < 10;
            boolean second = i % 4 == 0 && i % 30 <= 6 && Integer.toString(i).startsWith("1");
            return first || second;
        }).count();
        assertThat(matched).hasSize((int) expected);
    }

    @Test
    void sortsAndPagesAHundredThousandRecords() {
        List<Map<String, Object>> tasks = TASKS;

        List<Map<String, Object>> page = TaskFixture.run(
                "SELECT Id FROM Task WHERE CreatedDate > 2026-11-01T00:00:00Z ORDER BY CallDurationInSeconds DESC, Id LIMIT 3 OFFSET 2000", CONTEXT, tasks);

        assertThat(page).extracting(t -> t.get("CallDurationInSeconds")).containsExactly(92, 92, 92);
        assertThat(page).extracting(t -> t.get("Id")).containsExactly("00T000000004092AAA", "00T000000004192AAA", "00T000000004292AAA");
    }

    @Test
    void looksUpLargeIdListsBySet() {
        List<Map<String, Object>> tasks = TASKS;
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            ids.append(i == 0 ? "" : ",").append('\'').append("00T" + padded(i * 7)).append('\'');
        }

        assertThat(TaskFixture.run("SELECT Id FROM Task WHERE Id IN (" + ids + ")", CONTEXT, tasks)).hasSize(200);
    }
}
