package com.tasksync.torture.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server of the harness's own for several nodes: a fresh cluster (SCRAM
 * authentication, password from a file) in a temporary directory, listening on 127.0.0.1 at a
 * free port with its socket in that directory. PostgreSQL refuses to run as root, so as root
 * the harness runs its programs as the {@code postgres} user through {@code runuser}. Client
 * programs of the same installation ({@code psql}, {@code pg_dump}, {@code pg_restore}) run as
 * whoever runs the harness and connect over TCP with a password, as an admin's would.
 */
public final class PostgresServer {

    public static final String USER = "tasksync";
    public static final String DATABASE = "tasksync";

    /** A system property whose value is added to the server's options (a benchmark's statement counters, say). */
    public static final String EXTRA_OPTIONS = "torture.postgres.options";

    private final ServerCommands commands;
    private final Path home;
    private final int port;
    private final String superuser;
    private final String password;

    private PostgresServer(ServerCommands commands, Path home, int port, String superuser, String password) {
        this.commands = commands;
        this.home = home;
        this.port = port;
        this.superuser = superuser;
        this.password = password;
    }

    /** A server whose superuser is {@link #USER}, with the database {@link #DATABASE} the nodes share. */
    public static PostgresServer start(Path bin, Path logDirectory, String password) {
        var server = startCluster(bin, logDirectory, USER, password);
        server.runClient("createdb", Map.of(), DATABASE);
        return server;
    }

    /** A server with no database but PostgreSQL's own, whose superuser is {@code superuser}. */
    public static PostgresServer startCluster(Path bin, Path logDirectory, String superuser, String password) {
        try {
            var home = Files.createTempDirectory("torture-pg-");
            var commands = new ServerCommands(bin, logDirectory.resolve("postgres.log"));
            var server = new PostgresServer(commands, home, FreePorts.next(), superuser, password);
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
        commands.runServerProgram("initdb", "-D", data().toString(), "-U", superuser, "--pwfile=" + passwordFile,
                "--auth=scram-sha-256", "-E", "UTF8", "--no-locale");
        var options = String.join(" ", List.of("-p", Integer.toString(port), "-k", home.toString(),
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100",
                System.getProperty(EXTRA_OPTIONS, ""))).strip();
        commands.runServerProgram("pg_ctl", "-D", data().toString(), "-l", commands.logFile().toString(),
                "-o", options, "-w", "-t", "60", "start");
    }

    /**
     * Runs a client program of the server's installation as the superuser against this server
     * ({@code -h 127.0.0.1 -p <port> -U <superuser>} come first) and answers what it printed on
     * standard output; a failure throws with the end of the server log, where its errors went.
     */
    public String runClient(String program, Map<String, String> environment, String... arguments) {
        return runClientAs(superuser, password, program, environment, arguments);
    }

    /** Like {@link #runClient}, as another role of the server with its password. */
    public String runClientAs(String role, String rolePassword, String program, Map<String, String> environment,
            String... arguments) {
        var command = new ArrayList<>(List.of(commands.program(program), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", role));
        command.addAll(List.of(arguments));
        var withPassword = new HashMap<>(environment);
        withPassword.put("PGPASSWORD", rolePassword);
        return commands.output(command, withPassword);
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
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
