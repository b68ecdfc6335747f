package com.tasksync.torture.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs PostgreSQL's programs to completion, appending their output to the server log. As root,
 * server programs run as the {@code postgres} user, who is first handed the directories and files
 * they use.
 */
final class ServerCommands {

    private static final String SERVER_USER = "postgres";

    private final Path bin;
    private final Path logFile;
    private final boolean root = "root".equals(System.getProperty("user.name"));

    ServerCommands(Path bin, Path logFile) {
        this.bin = bin;
        this.logFile = logFile;
    }

    Path logFile() {
        return logFile;
    }

    String program(String name) {
        return bin.resolve(name).toString();
    }

    /** As root: gives the server's home, its files and the log file to the {@code postgres} user. */
    void handOver(Path home, Path... files) throws IOException {
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
        }
        if (!root) {
            return;
        }
        UserPrincipal owner = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SERVER_USER);
        for (var path : Stream.concat(Stream.of(home, logFile), Stream.of(files)).toList()) {
            Files.setOwner(path, owner);
        }
    }

    void runServerProgram(String name, String... arguments) {
        var command = new ArrayList<String>();
        if (root) {
            command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        command.add(program(name));
        command.addAll(List.of(arguments));
        run(command, Map.of());
    }

    void run(List<String> command, Map<String, String> environment) {
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            finish(builder.start(), command);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        }
    }

    /** Runs a program to completion and answers its standard output; what it says on standard error goes to the log. */
    String output(List<String> command, Map<String, String> environment) {
        Path out = null;
        try {
            out = Files.createTempFile("pg-client-", ".out");
            var builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            finish(builder.start(), command);
            return Files.readString(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } finally {
            if (out != null) {
                out.toFile().delete();
            }
        }
    }

    private void finish(Process process, List<String> command) {
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                    + "); " + logFile + " ends:\n" + LogFiles.tail(logFile, 15));
        }
    }
}
