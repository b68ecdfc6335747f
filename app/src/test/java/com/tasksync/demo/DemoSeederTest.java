package com.tasksync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.TestUser;
import com.tasksync.task.Tasks;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoSeederTest extends AppTestBase {

    @Autowired
    Tasks tasks;

    @Test
    void seedsTheRepOnceWithTasksAroundToday() {
        clock.stopAt(Instant.parse("2026-06-10T12:00:00Z"));
        var seeder = new DemoSeeder(users, tasks, clock);
        var email = "rep-" + UUID.randomUUID() + "@example.test";

        var first = seeder.ensureRep(email, PASSWORD);
        var second = seeder.ensureRep(email, PASSWORD);

        assertThat(second.id()).isEqualTo(first.id());
        var api = api(new TestUser(first.id(), email, PASSWORD));
        assertThat(api.get("/api/tasks").json().get("totalItems").asLong()).isEqualTo(8);
        var center = api.get("/api/command-center").json();
        assertThat(center.get("dueToday").size()).isPositive();
        assertThat(center.get("dueTomorrow").size()).isPositive();
        assertThat(center.get("overdueCount").asLong()).isPositive();
    }

    @Test
    void seedsAnAdminWhoCanManageUsers() {
        var seeder = new DemoSeeder(users, tasks, clock);
        var email = "admin-" + UUID.randomUUID() + "@example.test";

        var admin = seeder.ensureAdmin(email, PASSWORD);

        assertThat(admin.admin()).isTrue();
        var api = api(new TestUser(admin.id(), email, PASSWORD));
        assertThat(api.get("/api/admin/users").status()).isEqualTo(200);
    }
}
