package com.tasksync.torture.plan;

import java.util.List;

/** The plans by name: the default mix and one scenario per defect seen against the production jar. */
public final class Scenarios {

    public static final String MIX = "mix";
    public static final List<String> NAMES = List.of(MIX, "kill-during-creates", "nul-record", "two-node-patches",
            "transient-401", "invisible-outage", "kill-stream-holder");

    /** Scenarios whose runs read by change events whatever {@code --reading} says, on two nodes or more. */
    public static final java.util.Set<String> STREAM_ONLY = java.util.Set.of("kill-stream-holder");

    /** The scenarios of {@code --scenario}: one name, or several separated by commas that runs take in turn. */
    public static List<String> list(String option) {
        return List.of(option.split(",", -1));
    }

    /** How a run of {@code scenario} reads Salesforce when {@code --reading} asked for {@code asked}. */
    public static String reading(String scenario, String asked) {
        return STREAM_ONLY.contains(scenario) ? "events" : asked;
    }

    private Scenarios() {
    }

    public static Plan plan(String name, long seed, MixSettings settings) {
        return switch (name) {
            case MIX -> new MixPlanner(settings).plan(seed);
            case "kill-during-creates" -> DefectPlans.killDuringCreates(new PlanBuilder(seed, settings.nodes()), seed,
                    settings.operations());
            case "nul-record" -> DefectPlans.nulRecord(new PlanBuilder(seed, settings.nodes()), seed);
            case "two-node-patches" -> DefectPlans.twoNodePatches(new PlanBuilder(seed, settings.nodes()), seed);
            case "transient-401" -> DefectPlans.transient401(new PlanBuilder(seed, settings.nodes()), seed);
            case "invisible-outage" -> DefectPlans.invisibleOutage(new PlanBuilder(seed, settings.nodes()), seed);
            case "kill-stream-holder" -> DefectPlans.killStreamHolder(new PlanBuilder(seed, settings.nodes()), seed);
            default -> throw new IllegalArgumentException("unknown scenario " + name + "; one of " + NAMES);
        };
    }
}
