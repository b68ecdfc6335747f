package com.tasksync.emulator.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js project copied from test resources into the build directory, with its npm
 * dependencies installed once and reused by later runs of the same checkout.
 */
final class NodeProject {

    private final Path dir;

    private NodeProject(Path dir) {
        this.dir = dir;
    }

    static NodeProject prepare(String resourceFolder, List<String> files) throws IOException, InterruptedException {
        Path dir = Path.of("target", resourceFolder).toAbsolutePath();
        Files.createDirectories(dir);
        for (String file : files) {
            try (InputStream in = NodeProject.class.getResourceAsStream("/" + resourceFolder + "/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + resourceFolder + "/" + file);
                }
                Files.copy(in, dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        NodeProject project = new NodeProject(dir);
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            // The Salesforce CLI and its Node are several hundred megabytes: give a cold npm cache time.
            project.run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-package-lock"), 900);
        }
        return project;
    }

    /**
     * Skips the calling test where {@code node} or {@code npm} is not on the PATH of a developer's
     * machine; under {@code CI=true} their absence fails it instead.
     */
    static void assumeNodeAndNpm() {
        boolean present = onPath("node") && onPath("npm");
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("node and npm must be on the PATH under CI");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "node and npm are not on the PATH");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    Path dir() {
        return dir;
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.redirectOutput(dir.resolve("npm-install.log").toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(dir.resolve("npm-install.log")));
        }
    }
}
