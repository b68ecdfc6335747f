package com.tasksync.torture.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where Debian's PostgreSQL server programs are: {@code pg_config --bindir} when it names a
 * directory holding {@code initdb} and {@code pg_ctl}, else the newest {@code /usr/lib/postgresql/N/bin}.
 */
public final class PostgresBinaries {

    private PostgresBinaries() {
    }

    public static Optional<Path> find() {
        return fromPgConfig().filter(PostgresBinaries::hasServer).or(PostgresBinaries::newestDebianDirectory);
    }

    private static Optional<Path> fromPgConfig() {
        try {
            var process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0
                    ? Optional.of(Path.of(output)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> newestDebianDirectory() {
        var root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin")).filter(PostgresBinaries::hasServer)
                    .max(Comparator.comparing(PostgresBinaries::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        var name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static boolean hasServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))
                && Files.isExecutable(bin.resolve("postgres"));
    }
}
