package com.tasksync.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.TestOrg;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FaultsTest {

    private static final String WRITE = "/services/data/v66.0/composite/sobjects";
    private static final AtomicInteger WRITES = new AtomicInteger();

    private static Emulator emulator;
    private static HttpCalls http;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder()
                .extraRoutes(router -> router.post("/services/data/{version}/composite/sobjects", Access.PUBLIC,
                        r -> Response.json(200, Json.object().put("written", WRITES.incrementAndGet()))))
                .start();
        http = new HttpCalls(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.admin().reset(false);
    }

    private JsonNode addFault(Map<String, Object> fault) throws Exception {
        HttpResponse<String> response = http.json("POST", "/__admin/faults", fault);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return HttpCalls.body(response);
    }

    private HttpResponse<String> write() throws IOException {
        return http.json("POST", WRITE, Map.of());
    }

    @Test
    void statusFaultAnswersWithASalesforceErrorForTheNextCallsOnly() throws Exception {
        addFault(Map.of("method", "POST", "path", "/services/data/*/composite/sobjects", "kind", "status", "status", 503,
                "errorCode", "SERVER_UNAVAILABLE", "message", "try later", "times", 2));
        int before = WRITES.get();

        HttpResponse<String> first = write();
        HttpResponse<String> second = write();
        HttpResponse<String> third = write();

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(HttpCalls.body(first).path(0).path("errorCode").asString()).isEqualTo("SERVER_UNAVAILABLE");
        assertThat(HttpCalls.body(first).path(0).path("message").asString()).isEqualTo("try later");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(WRITES.get()).isEqualTo(before + 1);
        assertThat(emulator.callCounts().of("POST /services/data/{version}/composite/sobjects")).isEqualTo(3);
    }

    @Test
    void faultsMatchOnlyTheirMethod() throws Exception {
        addFault(Map.of("method", "GET", "path", "/services/data/**", "kind", "drop"));

        assertThat(write().statusCode()).isEqualTo(200);
    }

    @Test
    void dropClosesTheConnectionAndProcessesNothing() throws Exception {
        addFault(Map.of("path", "/services/data/*/composite/sobjects", "kind", "drop", "times", 1));
        int before = WRITES.get();

        assertThatThrownBy(this::write).isInstanceOf(IOException.class);

        assertThat(WRITES.get()).isEqualTo(before);
        assertThat(write().statusCode()).isEqualTo(200);
    }

    @Test
    void loseResponseCommitsTheWorkButTheClientSeesAFailure() throws Exception {
        addFault(Map.of("pathRegex", "/services/data/v\\d+\\.0/composite/sobjects", "kind", "lose-response", "times", 1));
        int before = WRITES.get();

        assertThatThrownBy(this::write).isInstanceOf(IOException.class);

        assertThat(WRITES.get()).isEqualTo(before + 1);
    }

    @Test
    void lostTokenResponseStillOpensTheSession() throws Exception {
        TestOrg org = TestOrg.create(emulator);
        emulator.faults().add(FaultSpec.loseResponse("POST", "/services/oauth2/token").times(1));
        Map<String, String> login = Map.of("grant_type", "password", "client_id", org.app().clientId(),
                "client_secret", org.app().clientSecret(), "username", org.user().username(), "password", org.password());

        assertThatThrownBy(() -> http.postForm("/services/oauth2/token", login)).isInstanceOf(IOException.class);

        assertThat(emulator.directory().sessionsOf(org.user().id())).hasSize(1);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        addFault(Map.of("path", WRITE, "kind", "latency", "latencyMillis", 300, "times", 1));

        long start = System.nanoTime();
        HttpResponse<String> response = write();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(tookMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void probabilityFaultsAreReproducibleWithASeed() throws Exception {
        List<Integer> firstRun = statusesWithFaultSeeded(42L);
        List<Integer> secondRun = statusesWithFaultSeeded(42L);

        assertThat(firstRun).isEqualTo(secondRun).contains(200, 500);
    }

    private List<Integer> statusesWithFaultSeeded(long seed) throws Exception {
        emulator.faults().clear();
        emulator.faults().add(FaultSpec.status("POST", WRITE, 500, "UNKNOWN_EXCEPTION", "boom").probability(0.5, seed));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(write().statusCode());
        }
        return out;
    }

    @Test
    void faultsAreListedAndDeleted() throws Exception {
        String id = addFault(Map.of("path", WRITE, "kind", "drop")).path("id").asString();
        JsonNode listed = HttpCalls.body(http.get("/__admin/faults"));
        assertThat(listed.findValuesAsString("id")).containsExactly(id);

        assertThat(http.json("DELETE", "/__admin/faults/" + id, null).statusCode()).isEqualTo(204);
        assertThat(http.json("DELETE", "/__admin/faults/" + id, null).statusCode()).isEqualTo(404);
        addFault(Map.of("path", WRITE, "kind", "drop"));
        assertThat(http.json("DELETE", "/__admin/faults", null).statusCode()).isEqualTo(204);

        assertThat(write().statusCode()).isEqualTo(200);
    }

    @Test
    void callCountsNameTheRouteOverallAndPerOrg() throws Exception {
        TestOrg org = TestOrg.create(emulator);
        String token = emulator.admin().openSession(org.user().username()).accessToken();
        http.get("/services/oauth2/userinfo", token);
        http.get("/services/oauth2/userinfo", token);
        write();

        JsonNode all = HttpCalls.body(http.get("/__admin/calls")).path("calls");
        JsonNode mine = HttpCalls.body(http.get("/__admin/calls?orgId=" + org.org().id())).path("calls");

        assertThat(countOf(all, "GET /services/oauth2/userinfo")).isEqualTo(2);
        assertThat(countOf(all, "POST /services/data/{version}/composite/sobjects")).isEqualTo(1);
        assertThat(countOf(mine, "GET /services/oauth2/userinfo")).isEqualTo(2);
        assertThat(mine.size()).isEqualTo(1);
        assertThat(all.path(0).path("method").asString()).isNotBlank();
        assertThat(all.path(0).path("template").asString()).startsWith("/");
    }

    @Test
    void resetClearsCountsAndFaults() throws Exception {
        addFault(Map.of("path", WRITE, "kind", "drop"));

        assertThat(http.json("POST", "/__admin/reset", null).statusCode()).isEqualTo(204);

        assertThat(write().statusCode()).isEqualTo(200);
        assertThat(emulator.callCounts().all()).containsOnlyKeys("POST /services/data/{version}/composite/sobjects");
    }

    @Test
    void faultsBelongToOneEmulator() throws Exception {
        emulator.faults().add(FaultSpec.drop("*", "/**"));
        try (Emulator other = Emulator.builder().start()) {
            assertThat(new HttpCalls(other.baseUrl()).get("/services/oauth2/userinfo").statusCode()).isEqualTo(403);
        }
    }

    private static long countOf(JsonNode calls, String route) {
        for (JsonNode call : calls) {
            if (call.path("route").asString().equals(route)) {
                return call.path("count").asLong();
            }
        }
        return 0;
    }
}
