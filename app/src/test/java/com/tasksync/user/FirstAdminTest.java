package com.tasksync.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first admin made at start-up. The shared database holds other tests' admins, so each test
 * sets them aside (inactive) first and brings them back after.
 */
class FirstAdminTest extends AppTestBase {

    @Autowired
    private UserRepository repository;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TransactionTemplate transaction;

    private List<UUID> setAside;

    @BeforeEach
    void setOtherAdminsAside() {
        setAside = jdbc.sql("update app_user set active = false where admin and active returning id")
                .query(UUID.class).list();
    }

    @AfterEach
    void bringThemBack() {
        jdbc.sql("update app_user set active = true where id = any(:ids)")
                .param("ids", setAside.toArray(UUID[]::new)).update();
    }

    @Test
    void createsTheConfiguredAdminWhoCanSignIn() {
        var email = "first-" + UUID.randomUUID() + "@example.test";

        firstAdmin(email, "a first admin password").run(null);

        var admin = repository.findByEmail(email).orElseThrow();
        assertThat(admin.admin()).isTrue();
        assertThat(admin.active()).isTrue();
        assertThat(new Api(baseUrl(), email, "a first admin password").get("/api/admin/users").status())
                .isEqualTo(200);
    }

    @Test
    void generatesAPasswordWhenNoneIsGivenAndStoresOnlyItsHash() {
        var email = "first-" + UUID.randomUUID() + "@example.test";

        firstAdmin(email, null).run(null);

        var admin = repository.findByEmail(email).orElseThrow();
        assertThat(admin.admin()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void doesNothingWhileAnActiveAdminExists() {
        var existing = newUser(java.time.ZoneId.of("UTC"), true);
        var email = "first-" + UUID.randomUUID() + "@example.test";

        firstAdmin(email, "a first admin password").run(null);

        assertThat(repository.findByEmail(email)).isEmpty();
        assertThat(repository.findByEmail(existing.email()).orElseThrow().admin()).isTrue();
    }

    @Test
    void promotesAnExistingUserWithoutChangingThePassword() {
        var rep = newUser();

        firstAdmin(rep.email(), "another password").run(null);

        assertThat(repository.findByEmail(rep.email()).orElseThrow().admin()).isTrue();
        assertThat(new Api(baseUrl(), rep.email(), rep.password()).get("/api/admin/users").status()).isEqualTo(200);
    }

    @Test
    void nodesStartingTogetherMakeOneAdmin() throws Exception {
        var email = "first-" + UUID.randomUUID() + "@example.test";
        var other = "first-" + UUID.randomUUID() + "@example.test";
        var pool = Executors.newFixedThreadPool(2);
        try {
            var one = CompletableFuture.runAsync(() -> firstAdmin(email, "a first admin password").run(null), pool);
            var two = CompletableFuture.runAsync(() -> firstAdmin(other, "a first admin password").run(null), pool);
            CompletableFuture.allOf(one, two).get();
        } finally {
            pool.shutdown();
        }

        var made = (repository.findByEmail(email).isPresent() ? 1 : 0) + (repository.findByEmail(other).isPresent() ? 1 : 0);
        assertThat(made).isEqualTo(1);
        assertThat(repository.countActiveAdmins()).isEqualTo(1);
    }

    @Test
    void refusesAConfiguredPasswordOverBcryptsLimitCountingItsBytes() {
        var seventyTwoBytes = "é".repeat(36);
        assertThat(new FirstAdminProperties("first@example.test", seventyTwoBytes).password()).isEqualTo(seventyTwoBytes);

        assertThatThrownBy(() -> new FirstAdminProperties("first@example.test", seventyTwoBytes + "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TASKSYNC_ADMIN_PASSWORD")
                .hasMessageContaining("73 bytes");
    }

    private FirstAdmin firstAdmin(String email, String password) {
        return new FirstAdmin(new FirstAdminProperties(email, password), repository, passwordEncoder, jdbc,
                transaction, clock);
    }
}
