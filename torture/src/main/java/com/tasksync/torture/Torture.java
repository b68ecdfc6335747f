package com.tasksync.torture;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.plan.MixSettings;
import com.tasksync.torture.report.Figures;
import com.tasksync.torture.report.RunReport;
import com.tasksync.torture.run.ClusterSettings;
import com.tasksync.torture.run.EngineTimings;
import com.tasksync.torture.run.Harness;
import com.tasksync.torture.run.RunResult;
import com.tasksync.torture.run.RunSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** One invocation of the harness: its runs, their reports as they finish, and the figures at the end. */
public final class Torture {

    private Torture() {
    }

    public static Figures execute(TortureOptions options, PrintStream out) {
        var timings = EngineTimings.quick();
        var baseSeed = options.seed() != null ? options.seed() : new SecureRandom().nextLong();
        var mix = new MixSettings(options.ops(), options.nodes(), options.faults(), options.exclude());
        var runSettings = RunSettings.of(options.scenario(), mix, options.workers(), timings, options.reading());
        var clusterSettings = new ClusterSettings(options.nodes(), options.paths().appJar(), options.paths().logs(),
                timings.environment());
        out.println("torture: " + options.runs() + " runs of " + options.scenario() + " on " + options.nodes()
                + " node(s), reading by " + options.reading() + ", base seed " + baseSeed + ", logs in " + options.paths().logs());
        var settings = settings(options, baseSeed, runSettings, timings);
        var done = new ArrayList<RunResult>();
        var results = Harness.run(clusterSettings, runSettings, options.runs(), baseSeed, result -> {
            RunReport.print(result, options.replayArguments(result.seed(), result.scenario()), out);
            done.add(result);
            if (done.size() < options.runs()) {
                // The figures so far, rewritten after every run: a long run stopped early keeps them.
                write(new Figures(List.copyOf(done), settings), options, null);
            }
        });
        var figures = new Figures(results, settings);
        write(figures, options, out);
        return figures;
    }

    private static ObjectNode settings(TortureOptions options, long baseSeed, RunSettings run, EngineTimings timings) {
        var node = Json.object().put("scenario", options.scenario()).put("runs", options.runs()).put("ops", options.ops())
                .put("nodes", options.nodes()).put("faultRate", options.faults()).put("workers", options.workers())
                .put("reading", options.reading())
                .put("baseSeed", baseSeed).put("database", "PostgreSQL server of the harness")
                .put("java", System.getProperty("java.version"))
                .put("quietWindow", run.quietWindow().toString()).put("settleDeadline", run.settleDeadline().toString())
                .put("hotLoopWindow", run.hotLoopWindow().toString());
        node.putArray("exclude").addAll(options.exclude().stream().map(Json.MAPPER::valueToTree)
                .map(tools.jackson.databind.JsonNode.class::cast).toList());
        var engine = node.putObject("engineEnvironment");
        timings.environment().forEach(engine::put);
        engine.put("TASKSYNC_SECURITY_BCRYPT_STRENGTH", "4");
        return node;
    }

    private static void write(Figures figures, TortureOptions options, PrintStream out) {
        try {
            var file = options.paths().results();
            Files.createDirectories(file.getParent());
            var json = figures.json();
            // written aside and moved over: a harness stopped while it writes leaves the last complete figures
            var partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            if (out == null) {
                return;
            }
            out.println("figures: " + figures.violations() + " violations " + figures.violationsByKind()
                    + ", failing seeds " + figures.failingSeeds() + "; written to " + file);
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json.path("durationSeconds")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
