package com.tasksync.support;

import com.tasksync.user.NewUser;
import com.tasksync.user.Users;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context every app test shares: the real app on a random port over the
 * shared PostgreSQL, with a clock tests can stop. Tests stay independent by creating their
 * own users instead of wiping data. Every test calls from 127.0.0.1, so the limit on failed
 * sign-ins per address is raised above what the whole suite fails; the tests of that limit call
 * from loopback addresses of their own ({@link LoopbackHttp}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tasksync.security.bcrypt-strength=4",
    "tasksync.security.sign-in.address-max-failures=" + AppTestBase.ADDRESS_MAX_FAILURES,
    "tasksync.security.device-cookie.key=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
    "tasksync.sync.background=false",
    "tasksync.salesforce.token-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    // SharedDatabase runs without fsync for speed; the app refuses that unless told it may be lost.
    "tasksync.database.allow-unsafe-durability=true",
    // and trusts connections from loopback without a password, which the app refuses unless told so
    "tasksync.database.allow-passwordless=true",
    // gauges read the database at every scrape, so a test sees what a step changed at once
    "tasksync.metrics.gauge-refresh=0s",
})
@Import({TestClockConfiguration.class, ManualJobsConfiguration.class, RecordedTaskChanges.class, RecordedSyncSwitches.class})
public abstract class AppTestBase {

    public static final String PASSWORD = "correct horse battery";
    public static final int ADDRESS_MAX_FAILURES = 60;

    @LocalServerPort
    protected int port;

    @Autowired
    protected Users users;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SharedDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("tasksync.salesforce.login-host", SharedEmulator::baseUrl);
        registry.add("tasksync.salesforce.client-id", () -> SharedEmulator.CLIENT_ID);
        registry.add("tasksync.salesforce.client-secret", () -> SharedEmulator.CLIENT_SECRET);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected TestUser newUser() {
        return newUser(ZoneId.of("UTC"), false);
    }

    protected TestUser newUser(ZoneId zone, boolean admin) {
        return newUser("user-" + UUID.randomUUID() + "@example.test", zone, admin);
    }

    protected TestUser newUser(String email, ZoneId zone, boolean admin) {
        var account = users.create(new NewUser(email, PASSWORD, zone, admin));
        return new TestUser(account.id(), email, PASSWORD);
    }

    protected Api api(TestUser user) {
        return new Api(baseUrl(), user.email(), user.password());
    }

    protected Api anonymous() {
        return new Api(baseUrl(), null, null);
    }
}
