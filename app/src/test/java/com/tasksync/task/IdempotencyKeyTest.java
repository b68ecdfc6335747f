package com.tasksync.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.ApiResponse;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.LoopbackHttp;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdempotencyKeyTest extends AppTestBase {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void replaysTheFirstAnswerForTheSameKeyAndBodyWithoutASecondTask() {
        var api = api(newUser());
        var key = newKey();
        var body = new LinkedHashMap<String, Object>();
        body.put("subject", "Call Ada");
        body.put("dueDate", "2026-12-01");
        var reordered = new LinkedHashMap<String, Object>();
        reordered.put("dueDate", "2026-12-01");
        reordered.put("subject", "Call Ada");

        var first = post(api, body, key);
        var again = post(api, reordered, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(REPLAYED)).isNull();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(taskCount(api)).isEqualTo(1);
    }

    @Test
    void replaysTheStoredAnswerEvenAfterTheTaskChanged() {
        var api = api(newUser());
        var key = newKey();
        var first = post(api, Map.of("subject", "Draft"), key);
        var id = first.json().get("id").stringValue();
        api.patch("/api/tasks/" + id, Map.of("subject", "Final"));

        var again = post(api, Map.of("subject", "Draft"), key);

        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api.get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("Final");
    }

    @Test
    void refusesTheKeyWithAnotherBodyWith422AndChangesNothing() {
        var api = api(newUser());
        var key = newKey();
        var first = post(api, Map.of("subject", "Call Ada"), key);

        var other = post(api, Map.of("subject", "Call Grace"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("status").asInt()).isEqualTo(422);
        assertThat(other.json().get("detail").stringValue())
                .contains("Idempotency-Key").contains("used with another request");
        assertThat(taskCount(api)).isEqualTo(1);
        var id = first.json().get("id").stringValue();
        assertThat(api.get("/api/tasks/" + id).json().get("subject").stringValue()).isEqualTo("Call Ada");
        assertThat(post(api, Map.of("subject", "Call Ada"), key).header(REPLAYED)).isEqualTo("true");
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneTask() throws Exception {
        var api = api(newUser());
        var key = newKey();
        var requests = 6;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(requests);
        try {
            var answers = new ArrayList<CompletableFuture<ApiResponse>>();
            for (int i = 0; i < requests; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return post(api, Map.of("subject", "Only once"), key);
                }, pool));
            }
            start.countDown();

            var responses = answers.stream().map(CompletableFuture::join).toList();

            assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
            assertThat(responses.stream().map(response -> response.json().get("id").stringValue()).distinct())
                    .hasSize(1);
            assertThat(responses.stream().filter(response -> response.header(REPLAYED) == null)).hasSize(1);
            assertThat(taskCount(api)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestWaitsForARunningCreateWithItsKeyAndCreatesTheTaskWhenThatOneRollsBack() throws Exception {
        var user = newUser();
        var api = api(user);
        var key = newKey();
        var waiting = CompletableFuture.<ApiResponse>completedFuture(null);
        try (var running = claimInOpenTransaction(user.id(), key)) {
            waiting = CompletableFuture.supplyAsync(() -> post(api, Map.of("subject", "After the wait"), key));
            awaitTrue(this::aCreateWaitsForALock);
            assertThat(waiting).isNotDone();
            running.rollback();
        }

        var answer = waiting.get(10, TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header(REPLAYED)).isNull();
        assertThat(taskCount(api)).isEqualTo(1);
    }

    @Test
    void answers409WhenACreateWithTheKeyIsStillRunningAfterTheWait() throws Exception {
        var user = newUser();
        var api = api(user);
        var key = newKey();
        ApiResponse answer;
        try (var running = claimInOpenTransaction(user.id(), key)) {
            answer = post(api, Map.of("subject", "Too early"), key);
            running.rollback();
        }

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").stringValue()).contains("Idempotency-Key").contains("still");
        assertThat(taskCount(api)).isZero();
        assertThat(post(api, Map.of("subject", "Too early"), key).status()).isEqualTo(201);
    }

    @Test
    void keysBelongToTheirUser() {
        var alice = api(newUser());
        var bob = api(newUser());
        var key = newKey();

        var mine = post(alice, Map.of("subject", "Alice's call"), key);
        var theirs = post(bob, Map.of("subject", "Bob's call"), key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header(REPLAYED)).isNull();
        assertThat(theirs.json().get("id")).isNotEqualTo(mine.json().get("id"));
        assertThat(theirs.json().get("subject").stringValue()).isEqualTo("Bob's call");
        assertThat(post(alice, Map.of("subject", "Alice's call"), key).json()).isEqualTo(mine.json());
        assertThat(post(bob, Map.of("subject", "Bob's call"), key).json()).isEqualTo(theirs.json());
        assertThat(taskCount(alice)).isEqualTo(1);
        assertThat(taskCount(bob)).isEqualTo(1);
    }

    @Test
    void refusesAKeyThatIsEmptyTooLongOrHoldsATabWith400NamingTheHeader() {
        var api = api(newUser());
        for (var bad : new String[] {"", "k".repeat(256), "tab\there"}) {
            var answer = post(api, Map.of("subject", "Call"), bad);

            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").get(0).get("field").stringValue()).as(bad).isEqualTo(KEY);
        }
        assertThat(post(api, Map.of("subject", "Call"), "k".repeat(255)).status()).isEqualTo(201);
        assertThat(taskCount(api)).isEqualTo(1);
    }

    @Test
    void refusesANonAsciiKeyWith400NamingTheHeader() {
        var user = newUser();
        var basic = Base64.getEncoder().encodeToString(
                (user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
        var utf8Key = new String("clé".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        var answer = LoopbackHttp.from("127.0.0.1", port).send("POST", "/api/tasks",
                List.of("Authorization: Basic " + basic, "Content-Type: application/json", KEY + ": " + utf8Key),
                Api.json(Map.of("subject", "Call")).getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"" + KEY + "\"");
        assertThat(taskCount(api(user))).isZero();
    }

    @Test
    void withoutAKeyEveryRequestCreatesATask() {
        var api = api(newUser());

        var first = api.post("/api/tasks", Map.of("subject", "Call"));
        var second = api.post("/api/tasks", Map.of("subject", "Call"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header(REPLAYED)).isNull();
        assertThat(second.json().get("id")).isNotEqualTo(first.json().get("id"));
        assertThat(taskCount(api)).isEqualTo(2);
    }

    @Test
    void aRefusedBodyIsNotStoredAsTheKeysAnswer() {
        var api = api(newUser());
        var key = newKey();

        var refused = post(api, Map.of("subject", " "), key);
        var created = post(api, Map.of("subject", "Call"), key);
        var again = post(api, Map.of("subject", "Call"), key);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header(REPLAYED)).isNull();
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(taskCount(api)).isEqualTo(1);
    }

    @Test
    void aKeyReplaysFor24HoursThenCreatesAgain() {
        var start = Instant.parse("2026-06-01T12:00:00Z");
        var api = api(newUser());
        var key = newKey();
        clock.stopAt(start);
        var first = post(api, Map.of("subject", "Call"), key);

        clock.stopAt(start.plus(Duration.ofHours(24)));
        var stillReplayed = post(api, Map.of("subject", "Call"), key);
        clock.stopAt(start.plus(Duration.ofHours(24)).plusSeconds(1));
        var createdAgain = post(api, Map.of("subject", "Call"), key);

        assertThat(stillReplayed.header(REPLAYED)).isEqualTo("true");
        assertThat(stillReplayed.json()).isEqualTo(first.json());
        assertThat(createdAgain.status()).isEqualTo(201);
        assertThat(createdAgain.header(REPLAYED)).isNull();
        assertThat(createdAgain.json().get("id")).isNotEqualTo(first.json().get("id"));
        assertThat(taskCount(api)).isEqualTo(2);
    }

    private static ApiResponse post(Api api, Map<String, Object> body, String key) {
        return api.send("/api/tasks", "POST", "application/json", Api.json(body), KEY, key);
    }

    private static String newKey() {
        return "create-" + UUID.randomUUID();
    }

    private static long taskCount(Api api) {
        return api.get("/api/tasks").json().get("totalItems").asLong();
    }

    /** Another node's create in progress: it has claimed the key and not committed yet. */
    private OpenClaim claimInOpenTransaction(UUID userId, String key) throws SQLException {
        var connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var insert = connection.prepareStatement(
                "insert into idempotency_key (user_id, key, request_hash, created_at) values (?, ?, ?, now())")) {
            insert.setObject(1, userId);
            insert.setString(2, key);
            insert.setBytes(3, new byte[32]);
            insert.executeUpdate();
        }
        return new OpenClaim(connection);
    }

    private record OpenClaim(Connection connection) implements AutoCloseable {

        void rollback() throws SQLException {
            connection.rollback();
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.setAutoCommit(true);
            connection.close();
        }
    }

    private boolean aCreateWaitsForALock() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and query like 'insert into idempotency_key%'
                """).query(Long.class).single() > 0;
    }

    private static void awaitTrue(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 4 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
