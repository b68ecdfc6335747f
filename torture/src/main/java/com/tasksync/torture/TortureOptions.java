package com.tasksync.torture;

import com.tasksync.torture.plan.Scenarios;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line: {@code --runs --ops --nodes (1-3) --seed --faults --workers --scenario
 * --reading --exclude --app-jar --results --logs}.
 *
 * @param scenario a plan's name, or several separated by commas that runs take in turn (one cluster for all)
 * @param seed the first run's seed (later runs derive theirs from it), or null for a random one
 * @param exclude fault kinds or odd values to leave out of the mix, such as {@code nul}
 * @param reading {@code user}: each rep's own session polls; {@code events}: every run's org gets Task
 *     selected for Change Data Capture and an integration user the admin connects on the admin page,
 *     so the nodes read by change events (the stream's node is killed like any other); runs of
 *     {@code kill-stream-holder} read by events whatever this says
 */
public record TortureOptions(int runs, int ops, int nodes, Long seed, double faults, int workers, String scenario,
        Set<String> exclude, HarnessPaths paths, String reading) {

    /** How the nodes read Salesforce: each rep's own session, or an integration user's change events. */
    public static final List<String> READINGS = List.of("user", "events");

    public static TortureOptions parse(String[] args, HarnessPaths defaults) {
        int runs = 1, ops = 100, nodes = 1, workers = 3;
        double faults = 0.1;
        Long seed = null;
        String scenario = Scenarios.MIX;
        String reading = "user";
        Set<String> exclude = new HashSet<>();
        var paths = defaults;
        for (int i = 0; i < args.length; i++) {
            var value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(need(args[i], value));
                case "--ops" -> ops = Integer.parseInt(need(args[i], value));
                case "--nodes" -> nodes = Integer.parseInt(need(args[i], value));
                case "--seed" -> seed = Long.parseLong(need(args[i], value));
                case "--faults" -> faults = Double.parseDouble(need(args[i], value));
                case "--workers" -> workers = Integer.parseInt(need(args[i], value));
                case "--scenario" -> scenario = need(args[i], value);
                case "--reading" -> reading = need(args[i], value);
                case "--exclude" -> exclude.addAll(Arrays.asList(need(args[i], value).split(",")));
                case "--app-jar" -> paths = paths.withAppJar(Path.of(need(args[i], value)));
                case "--results" -> paths = paths.withResults(Path.of(need(args[i], value)));
                case "--logs" -> paths = paths.withLogs(Path.of(need(args[i], value)));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + USAGE);
            }
            i++;
        }
        if (!Scenarios.NAMES.containsAll(Scenarios.list(scenario))) {
            throw new IllegalArgumentException("--scenario must be one of " + Scenarios.NAMES
                    + ", or several of them separated by commas");
        }
        if (!READINGS.contains(reading)) {
            throw new IllegalArgumentException("--reading must be one of " + READINGS);
        }
        for (var name : Scenarios.list(scenario)) {
            if (Scenarios.STREAM_ONLY.contains(name) && nodes < 2) {
                throw new IllegalArgumentException("--scenario " + name + " needs --nodes 2 or 3");
            }
        }
        if (workers < 1 || runs < 1 || ops < 1 || faults < 0 || faults > 1) {
            throw new IllegalArgumentException("--runs, --ops and --workers must be positive, --faults within 0..1");
        }
        return new TortureOptions(runs, ops, nodes, seed, faults, workers, scenario, exclude, paths, reading);
    }

    public static final String USAGE = "--runs N --ops N --nodes 1-3 --seed S --faults 0..1 --workers N --scenario "
            + String.join("|", Scenarios.NAMES) + " --reading user|events --exclude kind,... --app-jar PATH --results PATH"
            + " --logs DIR";

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** The options that replay one run alone: its seed and its scenario (one of a list's). */
    public List<String> replayArguments(long runSeed, String runScenario) {
        var arguments = new java.util.ArrayList<>(List.of("--seed", Long.toString(runSeed), "--runs", "1", "--nodes",
                Integer.toString(nodes), "--ops", Integer.toString(ops), "--faults", Double.toString(faults),
                "--workers", Integer.toString(workers), "--scenario", runScenario));
        if (!exclude.isEmpty()) {
            arguments.addAll(List.of("--exclude", String.join(",", exclude)));
        }
        var runReading = Scenarios.reading(runScenario, reading);
        if (!runReading.equals("user")) {
            arguments.addAll(List.of("--reading", runReading));
        }
        return arguments;
    }
}
