package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.TestUser;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The actuator over real HTTP: metrics are the admins' (anonymous callers get 401, other users 403,
 * both as problem bodies and never the sign-in page), probes answer anyone with a bare status, and
 * only admins see health's components and details.
 */
class ActuatorTest extends AppTestBase {

    private static final List<String> ADMIN_ONLY = List.of("/actuator", "/actuator/prometheus", "/actuator/info");

    @Test
    void refusesAnonymousCallersWith401AndNoMetrics() {
        for (var path : ADMIN_ONLY) {
            var response = anonymous().send(path, "GET", null, "", "Accept", "text/html");

            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(path).startsWith("Basic");
            assertThat(response.header("Location")).as(path).isNull();
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.text()).as(path).doesNotContain("tasksync_", "jvm_");
        }
    }

    @Test
    void refusesUsersWhoAreNotAdminsWith403() {
        var user = newUser();
        var token = api(user).post("/api/tokens", Map.of("name", "scraper")).json().get("token").stringValue();

        for (var path : ADMIN_ONLY) {
            var byPassword = api(user).get(path);
            var byToken = Api.withHeader(baseUrl(), "Bearer " + token).get(path);

            assertThat(byPassword.status()).as(path).isEqualTo(403);
            assertThat(byPassword.contentType()).as(path).startsWith("application/problem+json");
            assertThat(byPassword.text()).as(path).doesNotContain("tasksync_");
            assertThat(byToken.status()).as(path).isEqualTo(403);
        }
    }

    @Test
    void servesAdminsTheTaskSyncMetricsByPasswordOrToken() {
        var admin = newAdmin();
        var token = api(admin).post("/api/tokens", Map.of("name", "prometheus")).json().get("token").stringValue();

        var byPassword = api(admin).send("/actuator/prometheus", "GET", null, "", "Accept", "text/plain");
        var byToken = Api.withHeader(baseUrl(), "Bearer " + token)
                .send("/actuator/prometheus", "GET", null, "", "Accept", "text/plain");

        assertThat(byPassword.status()).isEqualTo(200);
        assertThat(byPassword.contentType()).startsWith("text/plain");
        assertThat(byPassword.text()).contains("tasksync_outbox_entries{state=\"pending\"}",
                "tasksync_outbox_oldest_age_seconds", "tasksync_sync_users{state=\"importing\"}",
                "tasksync_sync_import_records{progress=\"total\"}", "tasksync_sync_problems{source=\"inbound\"}");
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(byToken.text()).contains("tasksync_outbox_entries");
    }

    @Test
    void answersProbesAnonymouslyWithOnlyTheStatus() {
        for (var path : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = anonymous().get(path);

            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.json().properties()).as(path).extracting(Map.Entry::getKey).containsExactly("status");
            assertThat(response.json().get("status").stringValue()).as(path).isEqualTo("UP");
        }
    }

    /** The whole health's status here depends on db-scheduler, which the tests step by hand (never "started"). */
    @Test
    void answersTheWholeHealthAnonymouslyWithTheStatusAndTheProbesNamesOnly() {
        var response = anonymous().get("/actuator/health");

        assertThat(response.json().properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("groups", "status");
        assertThat(response.json().get("groups").toString()).isEqualTo("[\"liveness\",\"readiness\"]");
    }

    @Test
    void hidesHealthComponentsFromAnonymousCallersAndUsers() {
        var user = newUser();

        assertThat(anonymous().get("/actuator/health/salesforce").status()).isEqualTo(404);
        assertThat(anonymous().get("/actuator/health/db").status()).isEqualTo(404);
        assertThat(api(user).get("/actuator/health").json().has("components")).isFalse();
        assertThat(api(user).get("/actuator/health/salesforce").status()).isEqualTo(404);
    }

    @Test
    void showsAdminsTheComponentsWithTheDatabaseInReadiness() {
        var admin = newAdmin();

        var health = api(admin).get("/actuator/health").json();
        var readiness = api(admin).get("/actuator/health/readiness").json();
        var salesforce = api(admin).get("/actuator/health/salesforce");

        assertThat(health.get("components").has("db")).isTrue();
        assertThat(health.get("components").has("salesforce")).isTrue();
        assertThat(readiness.get("components").has("db")).isTrue();
        assertThat(readiness.get("components").has("readinessState")).isTrue();
        assertThat(salesforce.status()).isEqualTo(200);
        assertThat(salesforce.json().get("details").has("orgs")).isTrue();
    }

    private TestUser newAdmin() {
        return newUser(ZoneId.of("UTC"), true);
    }
}
