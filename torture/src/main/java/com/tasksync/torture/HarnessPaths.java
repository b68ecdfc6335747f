package com.tasksync.torture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * Where things are: the production jar the reactor built, the results file, and this
 * invocation's log directory under {@code torture/target/}. Found from the repository root
 * (the nearest directory upwards holding {@code app/} and {@code torture/}), unless given.
 */
public record HarnessPaths(Path appJar, Path results, Path logs) {

    public static HarnessPaths defaults() {
        var root = repositoryRoot();
        var jar = System.getProperty("tasksync.app.jar");
        var results = System.getProperty("torture.results");
        var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        return new HarnessPaths(
                jar != null ? Path.of(jar) : root.resolve("app/target/tasksync-app-" + version() + "-exec.jar"),
                results != null ? Path.of(results) : root.resolve("torture/results/torture.json"),
                root.resolve("torture/target/torture-logs/" + stamp));
    }

    public HarnessPaths withAppJar(Path jar) {
        return new HarnessPaths(jar, results, logs);
    }

    public HarnessPaths withResults(Path file) {
        return new HarnessPaths(appJar, file, logs);
    }

    public HarnessPaths withLogs(Path directory) {
        return new HarnessPaths(appJar, results, directory);
    }

    private static Path repositoryRoot() {
        var here = Path.of("").toAbsolutePath();
        for (var dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("app")) && Files.isDirectory(dir.resolve("torture"))) {
                return dir;
            }
        }
        return here;
    }

    private static String version() {
        try (var in = HarnessPaths.class.getResourceAsStream("/torture.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("torture.properties is missing from the build", e));
        }
    }
}
