package com.tasksync.torture.run;

import com.tasksync.torture.process.Cleanup;
import com.tasksync.torture.process.EmulatorProcess;
import com.tasksync.torture.process.NodeLaunch;
import com.tasksync.torture.process.PostgresBinaries;
import com.tasksync.torture.process.PostgresServer;
import com.tasksync.torture.process.TaskSyncNode;
import com.tasksync.torture.salesforce.EmulatorAdmin;
import com.tasksync.torture.tasksync.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The long-lived processes that runs share: the emulator with TaskSync's connected app, the
 * nodes, and (for several nodes) the PostgreSQL server. Runs get a new org, Salesforce user and
 * TaskSync rep each; nodes are restarted only when a run kills them.
 */
public final class Cluster implements AutoCloseable {

    public static final String CLIENT_ID = "3MVG9TaskSync.Torture.Harness";

    private final ClusterSettings settings;
    private final EmulatorProcess emulator;
    private final List<TaskSyncNode> nodes;
    private final Credentials admin;
    private final PostgresServer postgres;

    private Cluster(ClusterSettings settings, EmulatorProcess emulator, List<TaskSyncNode> nodes, Credentials admin,
            PostgresServer postgres) {
        this.settings = settings;
        this.emulator = emulator;
        this.nodes = nodes;
        this.admin = admin;
        this.postgres = postgres;
    }

    public static Cluster start(ClusterSettings settings) {
        try {
            Files.createDirectories(settings.logDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var emulator = EmulatorProcess.start(settings.logDirectory());
        var secret = randomText(24);
        var admin = new Credentials("admin@torture.example", "torture-admin-" + randomText(6));
        var environment = new HashMap<>(settings.nodeEnvironment());
        environment.put("TASKSYNC_SALESFORCE_LOGIN_HOST", emulator.baseUrl());
        // Change streams of orgs with a checked integration user subscribe to the emulator's Pub/Sub API.
        var pubSub = new EmulatorAdmin(emulator.baseUrl()).pubSub();
        environment.put("TASKSYNC_SYNC_CHANGE_EVENTS_ENDPOINT", "127.0.0.1:" + pubSub.port());
        environment.put("TASKSYNC_SYNC_CHANGE_EVENTS_TRUSTED_CERTIFICATE", pubSub.certificate());
        environment.put("TASKSYNC_SALESFORCE_CLIENT_ID", CLIENT_ID);
        environment.put("TASKSYNC_SALESFORCE_CLIENT_SECRET", secret);
        environment.put("TASKSYNC_SALESFORCE_TOKEN_KEY", Base64.getEncoder().encodeToString(randomBytes(32)));
        environment.put("TASKSYNC_ADMIN_EMAIL", admin.email());
        environment.put("TASKSYNC_ADMIN_PASSWORD", admin.password());
        environment.put("TASKSYNC_SECURITY_BCRYPT_STRENGTH", "4");
        // The production jar has no database of its own: every run gives its nodes one server.
        var bin = PostgresBinaries.find().orElseThrow(() -> new IllegalStateException(
                "the nodes need Debian's PostgreSQL server (apt-get install postgresql)"));
        var postgres = PostgresServer.start(bin, settings.logDirectory(), randomText(16));
        environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        var launch = new NodeLaunch(settings.appJar(), environment, settings.logDirectory());
        var nodes = IntStream.rangeClosed(1, settings.nodes()).mapToObj(n -> TaskSyncNode.prepare(n, launch)).toList();
        new EmulatorAdmin(emulator.baseUrl()).registerApp("TaskSync", nodes.stream().map(TaskSyncNode::callbackUrl)
                .toList(), CLIENT_ID, secret);
        nodes.forEach(TaskSyncNode::startAndAwaitReady);
        return new Cluster(settings, emulator, new ArrayList<>(nodes), admin, postgres);
    }

    public ClusterSettings settings() {
        return settings;
    }

    public EmulatorAdmin emulatorAdmin() {
        return new EmulatorAdmin(emulator.baseUrl());
    }

    public String emulatorUrl() {
        return emulator.baseUrl();
    }

    public List<TaskSyncNode> nodes() {
        return List.copyOf(nodes);
    }

    public Credentials admin() {
        return admin;
    }

    /** The nodes' database: its JDBC URL, for harnesses that measure against it directly. */
    public String databaseUrl() {
        return postgres.jdbcUrl();
    }

    /** The password of {@link PostgresServer#USER} on the nodes' database. */
    public String databasePassword() {
        return postgres.password();
    }

    /** Runs one query on the nodes' database with psql, as the nodes' role; its rows as psql prints them. */
    public String query(String sql) {
        return postgres.runClientAs(PostgresServer.USER, postgres.password(), "psql", java.util.Map.of(), "-d",
                PostgresServer.DATABASE, "-X", "-x", "-c", sql);
    }

    @Override
    public void close() {
        Cleanup.runAll();
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String randomText(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }
}
