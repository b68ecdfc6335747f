package com.tasksync.torture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tasksync.torture.process.PostgresBinaries;
import com.tasksync.torture.report.Figures;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The harness's small fixed-seed profile for CI: the node killed while creates are on their way (one node,
 * two rounds), then on one pair of nodes over a PostgreSQL server the harness starts, one run of the random
 * mix, the two-node PATCHes and the node holding the change stream killed (a minute or so each; the long
 * runs and the other scenarios are made by hand, see the module's README).
 * Any violation fails the build, with the seeds that replay it.
 */
class TortureSmokeTest {

    private static final PrintStream OUT = System.out;

    /**
     * Defect 1's scenario, shortened to two rounds: creates held by 4 s of latency on Salesforce writes, the
     * node killed while they are on their way and started again; no duplicate, no relay left looping
     * (about 80 s once the node runs; the six rounds of the defect as seen are run by hand).
     */
    @Test
    void aNodeKilledWhileCreatesAreOnTheirWayLeavesNoDuplicate() {
        var figures = Torture.execute(options("--runs", "1", "--nodes", "1", "--seed", "20261204",
                "--scenario", "kill-during-creates", "--ops", "16"), OUT);
        assertNoViolations(figures);
        assertThat(figures.kills()).as("kills").isEqualTo(2);
    }

    /**
     * Three runs on one pair of nodes over a PostgreSQL server the harness starts (the nodes start once for
     * all three): the random mix with faults and kills; defect 3's scenario as it was seen (60 tasks, three
     * rounds of PATCHes with twelve in flight, the description through node 1 and the priority through node
     * 2; every acknowledged edit must hold on both sides); then, reading by change events, the node that
     * holds the org's change stream (as the admin page names it) killed while Salesforce changes go on: the
     * other node must have the stream live within 30 s, and every change made meanwhile must arrive, once.
     */
    @Test
    void twoNodesOnOneExternalPostgresSurviveFaultsKillsConcurrentPatchesAndTheLossOfTheStreamHolder() {
        requirePostgresServer();
        var figures = Torture.execute(options("--runs", "3", "--nodes", "2", "--seed", "20261202",
                "--scenario", "mix,two-node-patches,kill-stream-holder"), OUT);
        assertNoViolations(figures);
        assertThat(figures.scenarios()).containsExactly("mix", "two-node-patches", "kill-stream-holder");
    }

    /** Two nodes share an external PostgreSQL server, which the harness starts from Debian's binaries. */
    private static void requirePostgresServer() {
        if (PostgresBinaries.find().isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs Debian's PostgreSQL server (apt-get install postgresql) for the two-node runs");
            }
            Assumptions.abort("no PostgreSQL server binaries here (apt-get install postgresql); two-node run skipped");
        }
    }

    private static TortureOptions options(String... args) {
        var all = new java.util.ArrayList<>(List.of(args));
        if (!all.contains("--ops")) {
            all.addAll(List.of("--ops", "20"));
        }
        all.addAll(List.of("--faults", "0.1", "--workers", "3"));
        return TortureOptions.parse(all.toArray(String[]::new), HarnessPaths.defaults());
    }

    private static void assertNoViolations(Figures figures) {
        assertThat(figures.violations())
                .as("violations %s; replay with --seed and one of %s", figures.violationsByKind(), figures.failingSeeds())
                .isZero();
    }
}
