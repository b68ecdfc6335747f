package com.tasksync.torture.deploy;

import static com.tasksync.torture.deploy.GuideEnvironment.randomText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tasksync.torture.HarnessPaths;
import com.tasksync.torture.http.Http;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.process.Cleanup;
import com.tasksync.torture.process.EmulatorProcess;
import com.tasksync.torture.process.NodeLaunch;
import com.tasksync.torture.process.PostgresBinaries;
import com.tasksync.torture.process.PostgresServer;
import com.tasksync.torture.process.TaskSyncNode;
import com.tasksync.torture.process.TemporaryDirectories;
import com.tasksync.torture.salesforce.EmulatorAdmin;
import com.tasksync.torture.tasksync.Credentials;
import com.tasksync.torture.tasksync.RepTaskSync;
import com.tasksync.torture.tasksync.TaskSyncAdmin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Does what docs/deployment.md tells an admin to do, with the real parts: Debian's PostgreSQL server,
 * the role and database made by {@code deploy/create-database.sql} through psql, the production jar
 * configured only by the variables of {@code deploy/tasksync.env.example}, two nodes on one database,
 * a backup restored with pg_dump and pg_restore, and an upgrade of an old schema by Flyway at start.
 * The tests run in order on one installation, set up as the guide's first steps say; a test that
 * changes it for the ones after says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeploymentGuideTest {

    private static final String CLIENT_ID = "3MVG9TaskSync.Deployment.Guide";
    private static final String ROLE = "tasksync";
    private static final String DATABASE = "tasksync";
    /** An earlier schema for the upgrade: V112, before the integration user, unconfirmed writes and sessions. */
    private static final String OLD_SCHEMA = "112";

    private final HarnessPaths paths = HarnessPaths.defaults();
    private final String rolePassword = randomText(18);
    private final Path home = TemporaryDirectories.create("tasksync-home-");
    private PostgresServer postgres;
    private Map<String, String> environment;
    private Credentials admin;
    private Credentials rep;
    private final List<String> repTasks = new ArrayList<>();
    private final List<TaskSyncNode> nodes = new ArrayList<>();

    @BeforeAll
    void installAsTheGuideSays() throws IOException {
        var bin = PostgresBinaries.find();
        if (bin.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs Debian's PostgreSQL server (apt-get install postgresql) for the deployment guide");
            }
            Assumptions.abort("no PostgreSQL server binaries here (apt-get install postgresql); guide not run");
        }
        Files.createDirectories(paths.logs());
        postgres = PostgresServer.startCluster(bin.get(), paths.logs(), "postgres", randomText(18));
        postgres.runClient("psql", Map.of(), "--dbname=postgres", "-v", "ON_ERROR_STOP=1",
                "-v", "password=" + rolePassword, "--file=" + RepositoryFiles.deploy("create-database.sql"));
        var emulator = EmulatorProcess.start(paths.logs());
        var clientSecret = randomText(24);
        environment = GuideEnvironment.of(EnvironmentFile.read(RepositoryFiles.deploy("tasksync.env.example")),
                new GuideEnvironment.Machine(postgres.jdbcUrl(DATABASE), rolePassword, emulator.baseUrl(), CLIENT_ID,
                        clientSecret));
        assertThat(environment).as("the example's role, the one create-database.sql makes")
                .containsEntry("SPRING_DATASOURCE_USERNAME", ROLE);
        // not configuration: an empty home directory, to see that TaskSync writes nothing there
        environment.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
        admin = new Credentials(environment.get("TASKSYNC_ADMIN_EMAIL"),
                environment.get("TASKSYNC_ADMIN_PASSWORD"));
        for (int number = 1; number <= 3; number++) {
            nodes.add(TaskSyncNode.prepare(number, new NodeLaunch(paths.appJar(), environment, paths.logs())));
        }
        new EmulatorAdmin(emulator.baseUrl()).registerApp("TaskSync",
                nodes.stream().map(TaskSyncNode::callbackUrl).toList(), CLIENT_ID, clientSecret);
        node(1).startAndAwaitReady();
        rep = new TaskSyncAdmin(admin).addRep(node(1).baseUrl(), "rep@deployment.example",
                "rep-password-" + randomText(6));
        for (var subject : List.of("Call ACME about the renewal", "Send the Q3 quote", "Book the site visit")) {
            repTasks.add(create(node(1).baseUrl(), rep, subject));
        }
    }

    @AfterAll
    void stopEverything() {
        Cleanup.runAll();
    }

    @Test
    @Order(1)
    void writesTheConsoleLogInTheFormatTheEnvironmentNames() throws IOException {
        var started = Files.readAllLines(node(1).process().logFile()).stream()
                .filter(line -> line.contains("Started TaskSyncApplication")).toList();

        assertThat(started).as("node 1's start-up line, with TASKSYNC_LOG_FORMAT=ecs").singleElement()
                .satisfies(line -> assertThat(line).startsWith("{\"@timestamp\"").contains("\"ecs\":{\"version\""));
    }

    @Test
    @Order(2)
    void checksTheConnectedAppWithTheSalesforceSettingsFromTheEnvironment() {
        var browser = SessionBrowser.signIn(node(1).baseUrl(), admin);
        var token = browser.csrfToken(node(1).baseUrl(), "/admin/salesforce");

        var check = browser.postForm(node(1).baseUrl(), "/admin/salesforce/verify-app", Map.of("_csrf", token));
        var page = browser.page(node(1).baseUrl(), "/admin/salesforce").text();

        assertThat(check.status()).isEqualTo(302);
        assertThat(page).containsPattern("<tr[^>]*data-key=\"consumer-key\"[^>]*data-outcome=\"PASS\"")
                .containsPattern("<tr[^>]*data-key=\"callback\"[^>]*data-outcome=\"PASS\"");
    }

    /**
     * Node 2 is started here. A guesser's failures on one node hold the account back on the other (the
     * counts live in PostgreSQL, not in a node's memory), and the account's owner still gets in once the
     * wait it is told is over. The guesser waits out each delay, as a patient one would, until the next
     * is 8 s: long enough that node 2 is asked well within it, however slow the machine.
     */
    @Test
    @Order(3)
    void aGuessersFailuresOnOneNodeSlowTheAccountOnTheOtherWithoutLockingItsOwnerOut() throws InterruptedException {
        node(2).startAndAwaitReady();
        var victim = new TaskSyncAdmin(admin).addRep(node(1).baseUrl(), "guessed@deployment.example",
                "victim-password-" + randomText(6));
        var guess = new Credentials(victim.email(), "a guess");
        var failures = 0;
        var waits = new ArrayList<Long>();
        while (failures < 8) {
            var attempt = signIn(node(1), guess);
            if (attempt.status() == 429) {
                var wait = retryAfter(attempt);
                waits.add(wait);
                Thread.sleep(wait * 1000);
            } else {
                assertThat(attempt.status()).as(attempt.brief()).isEqualTo(401);
                failures++;
            }
        }

        var onNode2 = signIn(node(2), guess);
        var ownerTooEarly = signIn(node(2), victim);
        Thread.sleep(retryAfter(ownerTooEarly) * 1000);
        var owner = signIn(node(2), victim);

        assertThat(waits).as("node 1 slowed the guesser after the fifth failure").isNotEmpty();
        assertThat(onNode2.status()).as("node 2, right after node 1's eighth failure: " + onNode2.brief())
                .isEqualTo(429);
        assertThat(retryAfter(onNode2)).isBetween(1L, 8L);
        assertThat(ownerTooEarly.status()).as(ownerTooEarly.brief()).isEqualTo(429);
        assertThat(owner.status()).as("the owner, after the wait: " + owner.brief()).isEqualTo(200);
    }

    /** Node 1 is killed here: later tests run on the other nodes. */
    @Test
    @Order(4)
    void keepsARepSignedInOnTheSecondNodeWhenTheFirstIsKilled() {
        var browser = SessionBrowser.signIn(node(1).baseUrl(), rep);
        var token = browser.csrfToken(node(1).baseUrl(), "/");

        node(1).kill();
        var page = browser.get(node(2).baseUrl(), "/");
        var tasks = browser.sendJson(node(2).baseUrl(), "GET", "/api/tasks?view=all", null, null);
        var withoutToken = browser.sendJson(node(2).baseUrl(), "POST", "/api/tasks",
                Json.object().put("subject", "Refused: no CSRF token"), null);
        var withToken = browser.sendJson(node(2).baseUrl(), "POST", "/api/tasks",
                Json.object().put("subject", "Added through node 2"), token);
        var stranger = Http.withoutCookies().send("GET", node(2).baseUrl() + "/", Map.of("Accept", "text/html"), null);

        assertThat(page.status()).as(page.brief()).isEqualTo(200);
        assertThat(page.text()).contains("class=\"who\">" + rep.email() + "<");
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(ids(tasks.json())).containsAll(repTasks);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withToken.status()).as(withToken.brief()).isEqualTo(201);
        assertThat(stranger.status()).isEqualTo(302);
        assertThat(stranger.location()).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(browser.cookies()).as("the cookies node 1 gave").containsPattern("(^|; )SESSION=");
    }

    /** Every node is stopped here and the database replaced by the restored one; node 3 runs on it. */
    @Test
    @Order(5)
    void restoresABackupIntoANewDatabaseWithTheTasksOfTheBackup() {
        var running = nodes.stream().filter(TaskSyncNode::alive).findFirst().orElseGet(() -> {
            node(2).startAndAwaitReady();
            return node(2);
        });
        var backedUp = taskIds(running.baseUrl(), rep);
        var dump = TemporaryDirectories.create("tasksync-backup-").resolve("tasksync.dump");

        postgres.runClientAs(ROLE, rolePassword, "pg_dump", Map.of(), "--format=custom", "--file=" + dump, DATABASE);
        var afterBackup = create(running.baseUrl(), rep, "Made after the backup");
        nodes.forEach(TaskSyncNode::stop);
        postgres.runClient("psql", Map.of(), "--dbname=postgres", "-v", "ON_ERROR_STOP=1",
                "--command=ALTER DATABASE " + DATABASE + " RENAME TO tasksync_damaged");
        postgres.runClient("createdb", Map.of(), "--owner=" + ROLE, DATABASE);
        postgres.runClientAs(ROLE, rolePassword, "pg_restore", Map.of(), "--dbname=" + DATABASE, "--exit-on-error",
                "--single-transaction", dump.toString());
        node(3).startAndAwaitReady();
        var restored = taskIds(node(3).baseUrl(), rep);

        assertThat(backedUp).containsAll(repTasks);
        assertThat(restored).containsExactlyInAnyOrderElementsOf(backedUp).doesNotContain(afterBackup);
    }

    @Test
    @Order(6)
    void upgradesAnOldSchemaToTheNewestMigrationAtStart() throws IOException {
        var newest = AppJar.newestMigration(paths.appJar());
        assertThat(Integer.parseInt(newest)).as("the jar's newest migration")
                .isGreaterThan(Integer.parseInt(OLD_SCHEMA));
        postgres.runClient("createdb", Map.of(), "--owner=" + ROLE, "tasksync_upgrade");
        var upgradeDatabase = new HashMap<>(environment);
        upgradeDatabase.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl("tasksync_upgrade"));
        var oldSchema = new HashMap<>(upgradeDatabase);
        oldSchema.put("SPRING_FLYWAY_TARGET", OLD_SCHEMA);
        var oldNode = TaskSyncNode.prepare(4, new NodeLaunch(paths.appJar(), oldSchema, paths.logs()));
        var newNode = TaskSyncNode.prepare(5, new NodeLaunch(paths.appJar(), upgradeDatabase, paths.logs()));

        oldNode.startAndAwaitReady();
        var before = schemaVersion("tasksync_upgrade");
        var task = create(oldNode.baseUrl(), admin, "Made on the old schema");
        oldNode.stop();
        var dump = TemporaryDirectories.create("tasksync-backup-").resolve("before-upgrade.dump");
        postgres.runClientAs(ROLE, rolePassword, "pg_dump", Map.of(), "--format=custom", "--file=" + dump,
                "tasksync_upgrade");
        newNode.startAndAwaitReady();

        assertThat(before).isEqualTo(OLD_SCHEMA);
        assertThat(Files.size(dump)).as("the backup before the upgrade").isPositive();
        assertThat(schemaVersion("tasksync_upgrade")).isEqualTo(newest);
        assertThat(taskIds(newNode.baseUrl(), admin)).contains(task);
    }

    /** Every node has run by now: none of them needed a key file or anything else of its own. */
    @Test
    @Order(7)
    void writesNothingInTheHomeDirectory() throws IOException {
        try (var files = Files.walk(home)) {
            assertThat(files.filter(path -> !path.equals(home)).toList()).as("what the nodes wrote in " + home)
                    .isEmpty();
        }
    }

    @Test
    @Order(8)
    void systemdAcceptsTheUnitFile() throws Exception {
        var systemdAnalyze = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(systemdAnalyze),
                "systemd-analyze is not installed here; deploy/tasksync.service is not checked");
        var process = new ProcessBuilder(systemdAnalyze.toString(), "verify",
                RepositoryFiles.deploy("tasksync.service").toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes()).strip();

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).as("what systemd-analyze verify says about the unit").isEmpty();
    }

    @Test
    @Order(9)
    void theGuideShowsTheFilesThisTestRuns() throws IOException {
        var guide = Files.readString(RepositoryFiles.root().resolve("docs/deployment.md"));
        var readme = Files.readString(RepositoryFiles.root().resolve("README.md"));

        for (var file : List.of("create-database.sql", "tasksync.env.example", "tasksync.service")) {
            assertThat(guide).as("docs/deployment.md shows deploy/" + file + " as it is")
                    .contains(Files.readString(RepositoryFiles.deploy(file)).strip());
        }
        assertThat(readme).contains("## Run in production").contains("(docs/deployment.md)");
    }

    private static com.tasksync.torture.http.Reply signIn(TaskSyncNode node, Credentials user) {
        return Http.withoutCookies().send("GET", node.baseUrl() + "/api/tasks?view=all",
                Map.of("Authorization", user.basic(), "Accept", "application/json"), null);
    }

    private static long retryAfter(com.tasksync.torture.http.Reply reply) {
        return Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
    }

    private TaskSyncNode node(int number) {
        return nodes.get(number - 1);
    }

    private static String create(String node, Credentials user, String subject) {
        var exchange = new RepTaskSync(user).create(node, Json.object().put("subject", subject));
        assertThat(exchange.acknowledged()).as("creating \"%s\" on %s: %s", subject, node, exchange.describe())
                .isTrue();
        return exchange.reply().json().path("id").asString();
    }

    private static Set<String> taskIds(String node, Credentials user) {
        var ids = new TreeSet<String>();
        new RepTaskSync(user).tasks(node, "all").forEach(task -> ids.add(task.path("id").asString()));
        return ids;
    }

    private static Set<String> ids(JsonNode page) {
        var ids = new TreeSet<String>();
        page.path("items").forEach(task -> ids.add(task.path("id").asString()));
        return ids;
    }

    /** The schema's version as Flyway recorded it: its last successful migration. */
    private String schemaVersion(String database) {
        return postgres.runClientAs(ROLE, rolePassword, "psql", Map.of(), "--dbname=" + database,
                "-v", "ON_ERROR_STOP=1", "--tuples-only", "--no-align",
                "--command=select version from flyway_schema_history where success order by installed_rank desc limit 1")
                .strip();
    }
}
