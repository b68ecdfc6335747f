package com.tasksync.torture.run;

import com.tasksync.torture.check.Checks;
import com.tasksync.torture.check.Findings;
import com.tasksync.torture.check.Quiet;
import com.tasksync.torture.check.SnapshotTaker;
import com.tasksync.torture.execute.Directory;
import com.tasksync.torture.execute.FaultInjector;
import com.tasksync.torture.execute.NodeKiller;
import com.tasksync.torture.execute.NodeLogs;
import com.tasksync.torture.execute.NodePicker;
import com.tasksync.torture.execute.Observer;
import com.tasksync.torture.execute.PlanRunner;
import com.tasksync.torture.execute.RunContext;
import com.tasksync.torture.execute.RunControls;
import com.tasksync.torture.execute.RunEvents;
import com.tasksync.torture.execute.StreamHolders;
import com.tasksync.torture.execute.SyncWaiter;
import com.tasksync.torture.model.Ledger;
import com.tasksync.torture.plan.Scenarios;

/**
 * One run from start to end: a fresh rep, the plan carried out with faults and kills, everything
 * made well again (faults off, nodes up, sync on), quiet awaited, then the checks and the API
 * call count over a quiet period.
 */
final class TortureRun {

    private final Cluster cluster;
    private final RunSettings settings;

    TortureRun(Cluster cluster, RunSettings settings) {
        this.cluster = cluster;
        this.settings = settings;
    }

    RunResult run(int number, long seed) {
        var clock = new PhaseClock();
        var logsAtStart = new NodeLogs(cluster.nodes()).sizes();
        var scenario = settings.scenarioOf(number);
        var plan = Scenarios.plan(scenario, seed, settings.mix());
        var nodes = new NodePicker(cluster.nodes());
        var rep = RunSetup.prepare(cluster, nodes, seed, settings.readingOf(scenario));
        var ledger = new Ledger();
        var events = new RunEvents();
        var context = new RunContext(plan, ledger, rep.taskSync(), rep.salesforce(), nodes, events);
        var directory = new Directory(ledger);
        var admin = cluster.emulatorAdmin();
        var findings = new Findings();
        clock.phase("setup");
        try (var observer = new Observer(rep.taskSync(), nodes, directory);
                var faults = new FaultInjector(admin, rep.orgId(), events, new NodeLogs(cluster.nodes()));
                var killer = new NodeKiller(cluster.nodes(), events);
                var runner = new PlanRunner(context, new RunControls(faults, killer, new SyncWaiter(context, directory),
                        new StreamHolders(cluster.nodes(), cluster.admin(), rep.orgId(), killer, events)),
                        plan.workers(settings.workers()))) {
            runner.execute();
            faults.stopAll();
            killer.awaitAllUp();
            new SyncSwitchBack(context).ensureOn();
            clock.phase("operations");
            var snapshots = new SnapshotTaker(rep.taskSync(), rep.salesforce(), nodes, rep.salesforceUserId());
            awaitRecoveryFromKills(events);
            var quiet = Quiet.await(snapshots::take, settings.quietWindow(), settings.settleDeadline());
            var engineCalls = admin.callCount(rep.orgId()) - rep.salesforce().callsMade();
            clock.phase("settle");
            observer.refreshDirectory(nodes.url(0));
            var pollWindow = settings.timings().maxPollInterval().plusSeconds(1);
            events.note(Checks.run(new Checks.Input(quiet, ledger, snapshots, events, observer.samples(), pollWindow),
                    findings));
            var quietCalls = new CallBudget(cluster, settings, rep).quietCalls(findings, engineCalls, plan, clock);
            clock.phase("checks");
            events.harnessErrors().forEach(error -> findings.violation("harness-error", error));
            events.violations().forEach(violation -> findings.violation(violation.kind(), violation.message()));
            findings.notes().forEach(events::note);
            if (!findings.violations().isEmpty()) {
                var kept = FailedRunLogs.keep(cluster.settings().logDirectory(), cluster.nodes(), logsAtStart, number,
                        seed);
                if (kept != null) {
                    FailedRunLogs.writeTimeline(kept, ledger, events);
                    FailedRunLogs.writeDatabase(kept, cluster, rep.taskSync().credentials().email());
                    FailedRunLogs.writeSalesforceHistory(kept, admin, rep.orgId(), ledger);
                    events.note("the nodes' logs of this run, its timeline, the rep's rows and the org's write history"
                            + " are kept in " + kept);
                }
            }
            return new RunResult(number, seed, plan.scenario(), plan.operations(), events.outcomes(), events.faults(),
                    events.kills(), findings.violations(), findings.knownLimits(), events.notes(), engineCalls,
                    quietCalls, clock.durations());
        }
    }

    /**
     * TaskSync hands what a killed node held to the others only once its lease or heartbeats run out: a
     * change stream after its 20 s lease, a background job (a poll, a catch-up) after 6 missed 5 s
     * heartbeats (db-scheduler). Quiet is only looked for once that time, and a poll, has passed since the
     * last kill: before it, a missing change is TaskSync not being done yet, not a change lost.
     */
    private static void awaitRecoveryFromKills(RunEvents events) {
        events.killTimes().stream().max(java.util.Comparator.naturalOrder()).ifPresent(lastKill -> {
            var recovered = lastKill.plus(AFTER_KILL);
            var wait = java.time.Duration.between(java.time.Instant.now(), recovered);
            if (!wait.isNegative()) {
                com.tasksync.torture.process.Deadline.pause(wait);
            }
        });
    }

    /** A dead node's jobs revive at most 30 s after its last heartbeat (which came before the kill); then a poll runs. */
    static final java.time.Duration AFTER_KILL = java.time.Duration.ofSeconds(40);
}
