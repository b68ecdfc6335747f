package com.tasksync.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.TestUser;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node keeps the API tokens it found valid; what another node (here: SQL on the shared database, as
 * another node's statements would be) does to a token or its user must end that copy at once, and a
 * node that cannot hear the database's notices must keep nothing.
 */
class ApiTokenCacheTest extends AppTestBase {

    /** How long "at once" may take: a notice crosses the database in milliseconds. */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private com.tasksync.system.DatabaseNotices notices;

    @Test
    void aTokenFoundValidIsTakenFromTheNodesCopy() {
        awaitListening();
        var user = newUser();
        var token = tokenInUse(user);

        // Its secret changed behind the node's back (no notice): only a kept copy still lets it in.
        changeSecretWithoutNotice(user);

        assertThat(bearer(token).get("/api/tasks").status()).isEqualTo(200);
    }

    /** Another node's statement (here: SQL on the shared database) revokes the token or deactivates its user. */
    @ParameterizedTest
    @ValueSource(strings = {
        "delete from api_token where user_id = :user",
        "update app_user set active = false where id = :user"
    })
    void whatAnotherNodeDoesToATokenOrItsUserEndsItAtOnce(String statement) {
        awaitListening();
        var user = newUser();
        var token = tokenInUse(user);

        jdbc.sql(statement).param("user", user.id()).update();

        // A kept copy lives 30 s: refused within 2 s, only the notice can have ended it.
        assertThat(eventually(() -> bearer(token).get("/api/tasks").status() == 401))
                .as("refused within " + AT_ONCE).isTrue();
    }

    @Test
    void aTokenRevokedOnThisNodeIsRefusedOnTheNextCall() {
        awaitListening();
        var user = newUser();
        var created = api(user).post("/api/tokens", Map.of("name", "script"));
        var token = created.json().get("token").stringValue();
        assertThat(bearer(token).get("/api/tasks").status()).isEqualTo(200);

        api(user).delete("/api/tokens/" + created.json().get("id").stringValue());

        assertThat(bearer(token).get("/api/tasks").status()).isEqualTo(401);
    }

    @Test
    void aUserDeactivatedOnThisNodeLosesTheirTokensOnTheNextCall() {
        awaitListening();
        var user = newUser();
        var token = tokenInUse(user);

        users.deactivate(user.id(), newUser(java.time.ZoneId.of("UTC"), true).id());

        assertThat(bearer(token).get("/api/tasks").status()).isEqualTo(401);
    }

    @Test
    void aNodeThatLostItsNoticesForgetsWhatItKeptAndListensAgain() {
        awaitListening();
        var user = newUser();
        var token = tokenInUse(user);

        // Notices that come while the connection is down are lost; so the node forgets what it kept.
        changeSecretWithoutNotice(user);
        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = :name")
                .param("name", com.tasksync.system.DatabaseNotices.APPLICATION_NAME).query().listOfRows();

        assertThat(eventually(() -> bearer(token).get("/api/tasks").status() == 401))
                .as("the kept copy forgotten within " + AT_ONCE).isTrue();
        awaitListening();
        var second = newToken(user);
        assertThat(bearer(second).get("/api/tasks").status()).isEqualTo(200);
        jdbc.sql("delete from api_token where user_id = :user").param("user", user.id()).update();
        assertThat(eventually(() -> bearer(second).get("/api/tasks").status() == 401))
                .as("notices heard again after the reconnect").isTrue();
    }

    /** Gives the user's tokens another secret with the notice trigger off, as if the change were never told. */
    private void changeSecretWithoutNotice(TestUser user) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table api_token disable trigger api_token_changed").update();
            jdbc.sql("update api_token set token_hash = sha256(token_hash) where user_id = :user")
                    .param("user", user.id()).update();
            jdbc.sql("alter table api_token enable trigger api_token_changed").update();
        });
    }

    private void awaitListening() {
        assertThat(eventually(notices::listening, Duration.ofSeconds(15))).as("the node hears notices").isTrue();
    }

    private static boolean eventually(BooleanSupplier condition) {
        return eventually(condition, AT_ONCE);
    }

    private static boolean eventually(BooleanSupplier condition, Duration within) {
        var deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** A new token of the user's, used once: the node has checked it and keeps it. */
    private String tokenInUse(TestUser user) {
        var token = newToken(user);
        assertThat(bearer(token).get("/api/tasks").status()).isEqualTo(200);
        return token;
    }

    private String newToken(TestUser user) {
        return api(user).post("/api/tokens", Map.of("name", "script " + UUID.randomUUID()))
                .json().get("token").stringValue();
    }

    private Api bearer(String token) {
        return Api.withHeader(baseUrl(), "Bearer " + token);
    }
}
