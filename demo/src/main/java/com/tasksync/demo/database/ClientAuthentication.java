package com.tasksync.demo.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Password authentication for every connection to the embedded server, applied to the data
 * directory before each start: the superuser's password is set from the password file in
 * single-user mode (no server listens meanwhile), and {@code pg_hba.conf} is replaced by one
 * that asks for it by SCRAM on the Unix socket and on loopback TCP alike. A directory an
 * earlier version left open to any local process is converted the same way, its data untouched.
 */
final class ClientAuthentication {

    static final String SUPERUSER = "postgres";

    static final String PG_HBA = """
            # Written by TaskSync at every start of its embedded PostgreSQL; edits here are replaced.
            # Every connection gives the superuser's password (SCRAM), kept in the password file.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private ClientAuthentication() {}

    static void requirePassword(PostgresBinaries binaries, Path dataDirectory, String password, Duration timeout)
            throws IOException {
        setSuperuserPassword(binaries, dataDirectory, password, timeout);
        writePgHba(dataDirectory);
    }

    private static void setSuperuserPassword(PostgresBinaries binaries, Path dataDirectory, String password,
            Duration timeout) throws IOException {
        // exit_on_error: single-user mode otherwise reports a failed statement and exits 0.
        var command = binaries.command("postgres", "--single", "-D", dataDirectory.toString(),
                "-c", "exit_on_error=on", "-c", "password_encryption=scram-sha-256", SUPERUSER);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = CompletableFuture.supplyAsync(() -> readAll(process));
        // On stdin, not in the arguments, where any local user could read it.
        var statement = "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'\n";
        try (var stdin = process.getOutputStream()) {
            stdin.write(statement.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("Setting the embedded PostgreSQL superuser's password took longer than " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while setting the embedded PostgreSQL superuser's password", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Could not set the embedded PostgreSQL superuser's password (exit "
                    + process.exitValue() + "):\n" + output.join().replace(password.replace("'", "''"), "***"));
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    private static void writePgHba(Path dataDirectory) throws IOException {
        var target = dataDirectory.resolve("pg_hba.conf");
        if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(PG_HBA)) {
            return;
        }
        var next = dataDirectory.resolve("pg_hba.conf.tasksync");
        Files.deleteIfExists(next);
        Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(next, PG_HBA, StandardCharsets.UTF_8);
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
