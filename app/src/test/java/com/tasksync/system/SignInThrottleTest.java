package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.Api;
import com.tasksync.support.AppTestBase;
import com.tasksync.support.LoopbackHttp;
import com.tasksync.support.TestUser;
import com.tasksync.support.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins slow guessing down without locking anyone out. The counts live in PostgreSQL,
 * so what one node counts every node sees; these tests go through HTTP and read the table only
 * to show where the count is. Calls that must come from an address of their own use
 * {@link LoopbackHttp}; the clock is stopped so every wait is exact.
 */
class SignInThrottleTest extends AppTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String DEVICE_COOKIE = "tasksync_device";
    private static final Pattern SESSION = Pattern.compile("\\b" + WebSession.COOKIE + "=([^;]+)");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private SecurityProperties properties;

    @BeforeEach
    void stopTheClock() {
        clock.stopAt(Instant.now());
    }

    @Test
    void aVictimWithADeviceCookieSignsInWhileSomeoneBehindTheSameAddressFailsOnTheirAccount() {
        var victim = newUser();
        var browser = WebSession.signedIn(baseUrl(), victim);
        assertThat(browser.cookie("tasksync_device")).isNotBlank();
        browser.post("/logout", Map.of());
        var guesser = new Api(baseUrl(), victim.email(), "not the password");
        for (int i = 0; i < properties.signIn().accountMaxFailures(); i++) {
            assertThat(guesser.get("/api/tasks").status()).isEqualTo(401);
        }
        assertThat(guesser.get("/api/tasks").status()).isEqualTo(429);

        browser.get("/login");
        var page = browser.post("/login", Map.of("email", victim.email(), "password", victim.password()));

        assertThat(page.uri().getPath()).isEqualTo("/");
    }

    @Test
    void aDeviceCookieVouchesOnlyForTheAccountThatEarnedIt() {
        var owner = newUser();
        var other = newUser();
        var browser = WebSession.signedIn(baseUrl(), owner);
        browser.post("/logout", Map.of());
        var guesser = new Api(baseUrl(), other.email(), "not the password");
        for (int i = 0; i < properties.signIn().accountMaxFailures(); i++) {
            guesser.get("/api/tasks");
        }

        browser.get("/login");
        var page = browser.post("/login", Map.of("email", other.email(), "password", other.password()));

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("Too many failed sign-ins on this account");
    }

    @Test
    void aVictimWithADeviceCookieSignsInFromAnAddressHeldBackForSomeoneElsesFailures() {
        var victim = newUser();
        var office = LoopbackHttp.from(LoopbackHttp.freshAddress(), port);
        var device = deviceCookieOf(formSignIn(office, victim.email(), victim.password(), null));
        for (int i = 0; i < properties.signIn().addressMaxFailures(); i++) {
            assertThat(basic(office, "nobody-" + UUID.randomUUID() + "@example.test", "wrong").status()).isEqualTo(401);
        }
        var colleague = newUser();

        var withCookie = formSignIn(office, victim.email(), victim.password(), device);
        var withoutCookie = formSignIn(office, colleague.email(), colleague.password(), null);

        assertThat(withCookie.status()).isEqualTo(302);
        assertThat(withCookie.header("Location")).as("signed in").doesNotContain("/login");
        assertThat(withoutCookie.header("Location")).as("the address is still held back for others")
                .endsWith("/login?throttled");
    }

    @Test
    void aDeviceCookieThatFailsAsOftenAsAnAccountMayStopsVouching() {
        var victim = newUser();
        var from = LoopbackHttp.from(LoopbackHttp.freshAddress(), port);
        var device = deviceCookieOf(formSignIn(from, victim.email(), victim.password(), null));
        for (int i = 0; i < properties.signIn().accountMaxFailures(); i++) {
            assertThat(formSignIn(from, victim.email(), "guess " + i, device).header("Location"))
                    .endsWith("/login?error");
        }

        // The right password now, with the cookie: the account is slowed and the cookie no longer exempts it.
        var next = formSignIn(from, victim.email(), victim.password(), device);

        assertThat(next.header("Location")).endsWith("/login?slowed");
        assertThat(jdbc.sql("select count(*) from sign_in_failure where scope = 'device'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aVictimWithoutADeviceCookieWaitsAtMostThirtySecondsWhateverTheGuesserDoes() {
        var victim = newUser();
        var sharedAddress = LoopbackHttp.from(LoopbackHttp.freshAddress(), port);
        var longestWait = 0L;
        for (int failures = 0; failures < 15; ) {
            var response = basic(sharedAddress, victim.email(), "guess " + failures);
            if (response.status() == 429) {
                var wait = Long.parseLong(response.header("Retry-After"));
                assertThat(wait).isBetween(1L, 30L);
                longestWait = Math.max(longestWait, wait);
                clock.stopAt(clock.instant().plusSeconds(wait));
            } else {
                assertThat(response.status()).isEqualTo(401);
                failures++;
            }
        }

        var early = basic(sharedAddress, victim.email(), victim.password());
        assertThat(early.status()).isEqualTo(429);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        var wait = Long.parseLong(early.header("Retry-After"));
        clock.stopAt(clock.instant().plusSeconds(wait));

        assertThat(wait).isBetween(1L, 30L);
        assertThat(longestWait).isEqualTo(30);
        assertThat(basic(sharedAddress, victim.email(), victim.password()).status()).isEqualTo(200);
    }

    @Test
    void anAddressWithTooManyFailuresGets429UntilItsWindowEnds() {
        var user = newUser();
        var address = LoopbackHttp.from(LoopbackHttp.freshAddress(), port);
        var limit = properties.signIn().addressMaxFailures();
        for (int i = 0; i < limit; i++) {
            assertThat(basic(address, "nobody-" + UUID.randomUUID() + "@example.test", "wrong").status())
                    .isEqualTo(401);
        }

        var refused = basic(address, user.email(), user.password());
        var form = formSignIn(address, user);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.header("Location")).endsWith("/login?throttled");
        assertThat(failuresCounted("address", address.address())).isEqualTo(limit);
        assertThat(api(user).get("/api/tasks").status()).as("from another address").isEqualTo(200);

        clock.stopAt(clock.instant().plus(properties.signIn().addressWindow()).plusSeconds(1));

        assertThat(basic(address, user.email(), user.password()).status()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhenAnAddressIsHeldBack() {
        var page = new WebSession(baseUrl()).get("/login?throttled");

        assertThat(page.body()).contains("Too many failed sign-ins from your network");
    }

    @Test
    void aFailureDeletesEndedWindowsAFewAtATime() {
        var ended = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        for (int i = 0; i < 150; i++) {
            jdbc.sql("insert into sign_in_failure (scope, key, failures, window_ends_at) values ('address', :key, 1, :at)")
                    .param("key", "ended-" + UUID.randomUUID())
                    .param("at", ended)
                    .update();
        }
        var before = endedRows();

        basic(LoopbackHttp.from(LoopbackHttp.freshAddress(), port), "nobody@example.test", "wrong");

        assertThat(before - endedRows()).isEqualTo(Math.min(100, before));
    }

    private LoopbackHttp.Response basic(LoopbackHttp from, String email, String password) {
        var credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return from.get("/api/tasks", "Authorization: Basic " + credentials, "Accept: application/json");
    }

    /** The sign-in form as a browser at that address would post it: first the page, for its session and token. */
    private LoopbackHttp.Response formSignIn(LoopbackHttp from, TestUser user) {
        return formSignIn(from, user.email(), user.password(), null);
    }

    /** The same, with a device cookie's value ({@code null}: none) sent along as that browser's. */
    private LoopbackHttp.Response formSignIn(LoopbackHttp from, String email, String password, String deviceCookie) {
        var page = from.get("/login");
        var session = SESSION.matcher(String.join(";", page.headers().getOrDefault("set-cookie", List.of())));
        var token = CSRF.matcher(page.body());
        assertThat(session.find()).isTrue();
        assertThat(token.find()).isTrue();
        var form = "_csrf=" + encode(token.group(1)) + "&email=" + encode(email) + "&password=" + encode(password);
        var cookies = WebSession.COOKIE + "=" + session.group(1)
                + (deviceCookie == null ? "" : "; " + DEVICE_COOKIE + "=" + deviceCookie);
        return from.send("POST", "/login", List.of("Cookie: " + cookies, "Content-Type: application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8));
    }

    /** The device cookie a successful sign-in set. */
    private static String deviceCookieOf(LoopbackHttp.Response signIn) {
        assertThat(signIn.header("Location")).as("signed in").doesNotContain("/login");
        var cookie = Pattern.compile("\\b" + DEVICE_COOKIE + "=([^;]+)")
                .matcher(String.join(";", signIn.headers().getOrDefault("set-cookie", List.of())));
        assertThat(cookie.find()).as("a device cookie was set").isTrue();
        return cookie.group(1);
    }

    private int failuresCounted(String scope, String key) {
        return jdbc.sql("select failures from sign_in_failure where scope = :scope and key = :key")
                .param("scope", scope)
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    private long endedRows() {
        return jdbc.sql("select count(*) from sign_in_failure where window_ends_at <= :now")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
