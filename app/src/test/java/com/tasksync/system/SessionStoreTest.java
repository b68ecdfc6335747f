package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import com.tasksync.support.LoopbackHttp;
import com.tasksync.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Browser sessions live in PostgreSQL (Spring Session JDBC, tables from Flyway), so that every node
 * of several knows them; the cookie keeps the flags the in-memory sessions had.
 */
class SessionStoreTest extends AppTestBase {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void keepsASignedInSessionInPostgresqlUnderTheUsersEmail() {
        var user = newUser();

        WebSession.signedIn(baseUrl(), user);

        assertThat(sessionsOf(user.email())).isEqualTo(1);
        assertThat(jdbc.sql("""
                select attribute_name from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id
                where s.principal_name = :email""").param("email", user.email()).query(String.class).list())
                .contains("SPRING_SECURITY_CONTEXT");
    }

    @Test
    void theStoredSessionHoldsNoPasswordHash() {
        var user = newUser();
        var hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id())
                .query(String.class).single();

        WebSession.signedIn(baseUrl(), user).get("/");

        var stored = jdbc.sql("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id
                where s.principal_name = :email""").param("email", user.email())
                .query((rs, row) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)).list();
        assertThat(stored).isNotEmpty().noneMatch(bytes -> bytes.contains(hash));
        assertThat(String.join("", stored)).contains(user.email());
    }

    @Test
    void signingOutDeletesTheSessionFromPostgresql() {
        var user = newUser();
        var browser = WebSession.signedIn(baseUrl(), user);

        browser.post("/logout", Map.of());

        assertThat(sessionsOf(user.email())).isZero();
        assertThat(browser.get("/settings").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aSessionIsAsGoodAsItsRowInPostgresql() {
        var user = newUser();
        var browser = WebSession.signedIn(baseUrl(), user);
        var before = LoopbackHttp.from("127.0.0.1", port).get("/settings", "Accept: text/html",
                "Cookie: " + browser.sessionCookie());

        jdbc.sql("delete from spring_session where principal_name = :email").param("email", user.email()).update();
        var after = LoopbackHttp.from("127.0.0.1", port).get("/settings", "Accept: text/html",
                "Cookie: " + browser.sessionCookie());

        assertThat(before.status()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/login");
    }

    @Test
    void givesTheSessionCookieHttpOnlyAndSameSiteLax() {
        var page = LoopbackHttp.from("127.0.0.1", port).get("/login");

        var cookie = page.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(header -> header.startsWith(WebSession.COOKIE + "=")).findFirst();

        assertThat(cookie).hasValueSatisfying(header -> assertThat(header).contains("HttpOnly", "SameSite=Lax"));
    }

    /**
     * A browser sends several requests at once in one session (a page, its live stamp, a form): when none
     * finds a CSRF token in the session yet, each adds one, and each request's save inserts that attribute.
     * Saving it again must overwrite, not fail on the stored row with a 500.
     */
    @Test
    void requestsAtOnceInOneSessionThatEachAddTheSameAttributeAllSucceed() throws Exception {
        var user = newUser();
        var browser = WebSession.signedIn(baseUrl(), user);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                jdbc.sql("""
                        delete from spring_session_attributes a using spring_session s
                        where s.primary_id = a.session_primary_id and s.principal_name = :email
                          and a.attribute_name like '%CSRF_TOKEN'""").param("email", user.email()).update();
                var pages = new java.util.ArrayList<java.util.concurrent.Future<LoopbackHttp.Response>>();
                for (int i = 0; i < 8; i++) {
                    pages.add(pool.submit(() -> LoopbackHttp.from("127.0.0.1", port).get("/settings",
                            "Accept: text/html", "Cookie: " + browser.sessionCookie())));
                }
                for (var page : pages) {
                    assertThat(page.get(30, java.util.concurrent.TimeUnit.SECONDS).status()).as("round " + round)
                            .isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", email).query(Integer.class).single();
    }
}
