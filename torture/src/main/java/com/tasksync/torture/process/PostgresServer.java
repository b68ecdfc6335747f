package com.tasksync.torture.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server of the harness's own for several nodes: a fresh cluster (SCRAM
 * authentication, password from a file) in a temporary directory, listening on 127.0.0.1 at a
 * free port with its socket in that directory. PostgreSQL refuses to run as root, so as root
 * the harness runs its programs as the {@code postgres} user through {@code runuser}.
 */
public final class PostgresServer {

    public static final String USER = "tasksync";
    public static final String DATABASE = "tasksync";

    private final ServerCommands commands;
    private final Path home;
    private final int port;
    private final String password;

    private PostgresServer(ServerCommands commands, Path home, int port, String password) {
        this.commands = commands;
        this.home = home;
        this.port = port;
        this.password = password;
    }

    public static PostgresServer start(Path bin, Path logDirectory, String password) {
        try {
            var home = Files.createTempDirectory("torture-pg-");
            var commands = new ServerCommands(bin, logDirectory.resolve("postgres.log"));
            var server = new PostgresServer(commands, home, FreePorts.next(), password);
            Cleanup.register(server::stop);
            server.initialise();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare PostgreSQL", e);
        }
    }

    private void initialise() throws IOException {
        var passwordFile = home.resolve("pwfile");
        Files.writeString(passwordFile, password + "\n");
        commands.handOver(home, passwordFile);
        commands.runServerProgram("initdb", "-D", data().toString(), "-U", USER, "--pwfile=" + passwordFile,
                "--auth=scram-sha-256", "-E", "UTF8", "--no-locale");
        var options = String.join(" ", List.of("-p", Integer.toString(port), "-k", home.toString(),
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100"));
        commands.runServerProgram("pg_ctl", "-D", data().toString(), "-l", commands.logFile().toString(),
                "-o", options, "-w", "-t", "60", "start");
        var createdb = new ArrayList<>(List.of(commands.program("createdb"), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", USER, DATABASE));
        commands.run(createdb, Map.of("PGPASSWORD", password));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String password() {
        return password;
    }

    public void stop() {
        try {
            commands.runServerProgram("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "30", "stop");
        } catch (RuntimeException e) {
            LeftoverServer.stop(data());
        }
        TemporaryDirectories.delete(home);
    }

    private Path data() {
        return home.resolve("data");
    }
}
