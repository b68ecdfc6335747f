package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic successes are remembered so bcrypt does not run on every call, but a remembered
 * success never outlives what made it true: the password, the stored hash, the active flag.
 */
class RememberedBasicSignInTest extends AppTestBase {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void aRememberedSignInDoesNotLetAnotherPasswordIn() {
        var user = newUser();
        assertThat(api(user).get("/api/tasks").status()).isEqualTo(200);

        assertThat(new Api(baseUrl(), user.email(), user.password() + "!").get("/api/tasks").status()).isEqualTo(401);
        assertThat(new Api(baseUrl(), user.email().toUpperCase(), user.password()).get("/api/tasks").status())
                .isEqualTo(200);
    }

    @Test
    void aRememberedSignInEndsWhenTheUserIsDeactivated() {
        var user = newUser();
        assertThat(api(user).get("/api/tasks").status()).isEqualTo(200);

        users.deactivate(user.id(), newUser(ZoneId.of("UTC"), true).id());

        assertThat(api(user).get("/api/tasks").status()).isEqualTo(401);
    }

    /** There is no password change in the app yet; the update stands in for one. */
    @Test
    void aRememberedSignInEndsWhenTheStoredPasswordHashChanges() {
        var user = newUser();
        assertThat(api(user).get("/api/tasks").status()).isEqualTo(200);

        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", passwordEncoder.encode("a brand new password"))
                .param("id", user.id())
                .update();

        assertThat(api(user).get("/api/tasks").status()).isEqualTo(401);
        assertThat(new Api(baseUrl(), user.email(), "a brand new password").get("/api/tasks").status()).isEqualTo(200);
    }
}
