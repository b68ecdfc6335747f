package com.tasksync.torture.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.torture.HarnessPaths;
import com.tasksync.torture.TortureOptions;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.run.EngineTimings;
import com.tasksync.torture.run.RunSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlansTest {

    private static final MixSettings MIX = new MixSettings(100, 2, 0.1, Set.of());

    @Test
    void sameSeedMakesTheSamePlan() {
        assertThat(outline(Scenarios.plan("mix", 42, MIX))).isEqualTo(outline(Scenarios.plan("mix", 42, MIX)));
    }

    @Test
    void otherSeedMakesAnotherPlan() {
        assertThat(outline(Scenarios.plan("mix", 42, MIX))).isNotEqualTo(outline(Scenarios.plan("mix", 43, MIX)));
    }

    @Test
    void everyMixKillsAtLeastOnceAndEndsWithSyncOn() {
        for (long seed = 0; seed < 50; seed++) {
            var steps = Scenarios.plan("mix", seed, MIX).steps();
            assertThat(steps).anyMatch(KillStep.class::isInstance);
            var switches = steps.stream().filter(Operation.class::isInstance).map(Operation.class::cast)
                    .filter(op -> op.kind() == OpKind.SYNC_ON || op.kind() == OpKind.SYNC_OFF).toList();
            assertThat(switches.get(switches.size() - 1).kind()).isEqualTo(OpKind.SYNC_ON);
        }
    }

    @Test
    void excludedFaultsNeverComeUp() {
        var settings = new MixSettings(300, 1, 0.5, Set.of("nul", "outage-503-all-data-calls"));
        var steps = Scenarios.plan("mix", 7, settings).steps();
        assertThat(steps).noneMatch(step -> step instanceof FaultStep fault && fault.kind() == FaultKind.OUTAGE);
        assertThat(steps).noneMatch(step -> step instanceof Operation op && "nul".equals(op.odd()));
    }

    @Test
    void twoNodePatchesSendsDescriptionsThroughOneNodeAndPrioritiesThroughTheOther() {
        var edits = Scenarios.plan("two-node-patches", 1, MIX).steps().stream().filter(Operation.class::isInstance)
                .map(Operation.class::cast).filter(op -> op.kind() == OpKind.TASKSYNC_EDIT).toList();
        assertThat(edits).hasSize(360);
        assertThat(edits).allMatch(op -> op.node() == (op.field().apiName().equals("priority") ? 1 : 0));
    }

    @Test
    void killStreamHolderKillsTheHolderWhileSalesforceChangesGoOnAndAwaitsTheTakeoverBeforeMore() {
        var steps = Scenarios.plan("kill-stream-holder", 5, MIX).steps();
        var kill = indexOf(steps, StreamHolderKill.class);
        var takeover = indexOf(steps, AwaitStreamTakeover.class);
        assertThat(kill).isPositive().isLessThan(takeover);
        assertThat(((StreamHolderKill) steps.get(kill)).restartAfter()).as("past the stream's 20 s lease")
                .isGreaterThan(Duration.ofSeconds(20));
        assertThat(((AwaitStreamTakeover) steps.get(takeover)).limit()).isEqualTo(Duration.ofSeconds(30));
        assertThat(steps.subList(kill, takeover)).filteredOn(Operation.class::isInstance).map(Operation.class::cast)
                .hasSize(8).allMatch(op -> op.kind().side() == Side.SALESFORCE);
        assertThat(steps.subList(takeover, steps.size())).filteredOn(Operation.class::isInstance).hasSize(8);
        assertThat(steps).noneMatch(KillStep.class::isInstance);
    }

    @Test
    void killStreamHolderNeedsASecondNodeAndReadsByChangeEventsInAListOfScenarios() {
        var paths = HarnessPaths.defaults();
        assertThatThrownBy(() -> TortureOptions.parse(
                new String[] {"--scenario", "two-node-patches,kill-stream-holder"}, paths))
                .hasMessageContaining("kill-stream-holder needs --nodes 2 or 3");
        assertThatThrownBy(() -> TortureOptions.parse(
                new String[] {"--scenario", "two-node-patches,kill-holder", "--nodes", "2"}, paths))
                .hasMessageContaining("--scenario must be one of");
        var options = TortureOptions.parse(
                new String[] {"--scenario", "two-node-patches,kill-stream-holder", "--nodes", "2"}, paths);
        var settings = RunSettings.of(options.scenario(), MIX, 3,
                EngineTimings.quick(), options.reading());
        assertThat(List.of(settings.scenarioOf(1), settings.scenarioOf(2), settings.scenarioOf(3)))
                .containsExactly("two-node-patches", "kill-stream-holder", "two-node-patches");
        assertThat(settings.readingOf("two-node-patches")).isEqualTo("user");
        assertThat(settings.readingOf("kill-stream-holder")).isEqualTo("events");
        assertThat(options.replayArguments(7, "kill-stream-holder"))
                .containsSubsequence("--scenario", "kill-stream-holder").containsSubsequence("--reading", "events");
        assertThat(options.replayArguments(7, "two-node-patches")).doesNotContain("--reading");
    }

    private static int indexOf(List<Step> steps, Class<? extends Step> type) {
        for (int i = 0; i < steps.size(); i++) {
            if (type.isInstance(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void killDuringCreatesRunsOneRoundPerEightOperationsAndAtMostTheSixOfTheDefect() {
        assertThat(killRounds(100)).isEqualTo(6);
        assertThat(killRounds(48)).isEqualTo(6);
        assertThat(killRounds(16)).isEqualTo(2);
        assertThat(killRounds(9)).isEqualTo(2);
        assertThat(killRounds(1)).isEqualTo(1);
        var steps = Scenarios.plan("kill-during-creates", 3, new MixSettings(16, 1, 0.1, Set.of())).steps();
        assertThat(steps.stream().filter(step -> step instanceof Operation op && op.kind() == OpKind.TASKSYNC_CREATE))
                .as("eight creates a round").hasSizeGreaterThanOrEqualTo(16);
    }

    private static long killRounds(int operations) {
        return Scenarios.plan("kill-during-creates", 3, new MixSettings(operations, 2, 0.1, Set.of())).steps().stream()
                .filter(KillStep.class::isInstance).count();
    }

    private static List<String> outline(Plan plan) {
        return plan.steps().stream().map(step -> step instanceof Operation op
                ? op.describe() + (op.payload() == null ? "" : op.payload().propertyNames())
                : step.getClass().getSimpleName()).toList();
    }
}
