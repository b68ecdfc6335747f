package com.tasksync.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminUserApiTest extends AppTestBase {

    @Test
    void adminCreatesAUserWhoCanThenSignIn() {
        var admin = api(newUser(ZoneId.of("UTC"), true));
        var email = "rep-" + UUID.randomUUID() + "@example.test";

        var created = admin.post("/api/admin/users",
                Map.of("email", email, "password", "a long password", "timeZone", "Europe/Paris"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains(created.json().get("id").stringValue());
        assertThat(created.json().get("timeZone").stringValue()).isEqualTo("Europe/Paris");
        assertThat(created.json().get("active").booleanValue()).isTrue();
        assertThat(created.json().get("admin").booleanValue()).isFalse();
        assertThat(created.json().has("passwordHash")).isFalse();
        assertThat(created.text()).doesNotContain("a long password");
        assertThat(new Api(baseUrl(), email, "a long password").get("/api/tasks").status()).isEqualTo(200);
    }

    @Test
    void adminListsUsersWithoutPasswordHashes() {
        var admin = api(newUser(ZoneId.of("UTC"), true));
        var rep = newUser();

        var list = admin.get("/api/admin/users");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("email")).contains(rep.email());
        assertThat(list.text()).doesNotContain("passwordHash").doesNotContain("$2a$");
    }

    @Test
    void adminDeactivatesAUserButNotThemself() {
        var adminUser = newUser(ZoneId.of("UTC"), true);
        var admin = api(adminUser);
        var rep = newUser();

        var deactivated = admin.post("/api/admin/users/" + rep.id() + "/deactivate", null);
        var self = admin.post("/api/admin/users/" + adminUser.id() + "/deactivate", null);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").booleanValue()).isFalse();
        assertThat(self.status()).isEqualTo(409);
        assertThat(admin.post("/api/admin/users/" + UUID.randomUUID() + "/deactivate", null).status())
                .isEqualTo(404);
    }

    @Test
    void refusesBadNewUsersNamingTheField() {
        var admin = api(newUser(ZoneId.of("UTC"), true));
        var taken = newUser();
        var cases = Map.of(
                "email", Map.<String, Object>of("email", "not-an-email", "password", "a long password"),
                "password", Map.<String, Object>of("email", "a@example.test", "password", "short"),
                "timeZone", Map.<String, Object>of("email", "b@example.test", "password", "a long password",
                        "timeZone", "Mars/Olympus"),
                "admin", Map.<String, Object>of("email", "c@example.test", "password", "a long password",
                        "admin", "yes"),
                "active", Map.<String, Object>of("email", "d@example.test", "password", "a long password",
                        "active", false));
        cases.forEach((field, body) -> {
            var response = admin.post("/api/admin/users", body);
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.json().get("errors").findValuesAsString("field")).as(field).contains(field);
        });
        var duplicate = admin.post("/api/admin/users",
                Map.of("email", taken.email().toUpperCase(), "password", "a long password"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").findValuesAsString("field")).contains("email");
    }

    @Test
    void acceptsTheTimeZoneItAnswersForUsersMadeInTheServersZone() {
        var admin = api(newUser(ZoneId.of("UTC"), true));

        var serverZones = List.of(ZoneId.of("Etc/UTC"), ZoneId.of("GMT"), ZoneOffset.UTC, ZoneId.of("Asia/Tokyo"));
        for (var serverZone : serverZones) {
            var seeded = users.create(new NewUser("server-" + UUID.randomUUID() + "@example.test", "a long password",
                    serverZone, false));
            var answered = admin.get("/api/admin/users/" + seeded.id()).json().get("timeZone").stringValue();

            var created = admin.post("/api/admin/users", Map.of("email", "again-" + UUID.randomUUID() + "@example.test",
                    "password", "a long password", "timeZone", answered));

            assertThat(answered).as(serverZone.getId()).isIn(TimeZones.ids());
            assertThat(created.status()).as(serverZone.getId()).isEqualTo(201);
            assertThat(created.json().get("timeZone").stringValue()).as(serverZone.getId()).isEqualTo(answered);
        }
    }

    @Test
    void takesEveryNameOfUtcAndAnswersUtc() {
        var admin = api(newUser(ZoneId.of("UTC"), true));

        for (var zone : new String[] {"Etc/UTC", "UTC", "GMT", "Etc/GMT"}) {
            var created = admin.post("/api/admin/users", Map.of("email", "utc-" + UUID.randomUUID() + "@example.test",
                    "password", "a long password", "timeZone", zone));

            assertThat(created.status()).as(zone).isEqualTo(201);
            assertThat(created.json().get("timeZone").stringValue()).as(zone).isEqualTo("UTC");
            assertThat(users.get(UUID.fromString(created.json().get("id").stringValue())).timeZone())
                    .isEqualTo(ZoneId.of("UTC"));
        }
    }

    @Test
    void refusesZonesOffTheListNamingTheField() {
        var admin = api(newUser(ZoneId.of("UTC"), true));

        for (Object zone : List.of("Etc/GMT+5", "utc", "+02:00", "", "Europe/Paris ", 42, "x".repeat(65))) {
            var response = admin.post("/api/admin/users", Map.of("email", "zone-" + UUID.randomUUID() + "@example.test",
                    "password", "a long password", "timeZone", zone));

            assertThat(response.status()).as("%s", zone).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .as("%s", zone).containsExactly("timeZone");
        }
    }

    @Test
    void refusesAPasswordOverBcryptsLimitCountingItsBytes() {
        var admin = api(newUser(ZoneId.of("UTC"), true));
        var fits = "é".repeat(36);
        var tooLong = "😀".repeat(19);

        var refused = admin.post("/api/admin/users", Map.of("email", "long-" + UUID.randomUUID() + "@example.test",
                "password", tooLong));
        var accepted = admin.post("/api/admin/users", Map.of("email", "fits-" + UUID.randomUUID() + "@example.test",
                "password", fits));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").stringValue()).isEqualTo("password");
        assertThat(refused.json().get("errors").get(0).get("message").stringValue()).contains("72 bytes", "76 bytes");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void aSignInWithAPasswordOverBcryptsLimitIsAnOrdinaryFailure() {
        var user = newUser();

        var response = new Api(baseUrl(), user.email(), "x".repeat(100)).get("/api/tasks");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
