package com.tasksync.torture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tasksync.torture.process.PostgresBinaries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The harness's small fixed-seed profile for CI on two nodes over a PostgreSQL server the harness starts:
 * one run of the random mix, the two-node PATCHes and the node holding the change stream killed (a minute
 * or so each; the long runs and the other scenarios are made by hand, see the module's README). The
 * one-node kill during creates is {@link KillDuringCreatesSmokeTest}, in the other test JVM.
 * Any violation fails the build, with the seeds that replay it.
 */
class TortureSmokeTest {

    /**
     * Three runs on one pair of nodes (the nodes start once for all three): the random mix with faults and
     * kills; defect 3's scenario as it was seen (60 tasks, three rounds of PATCHes with twelve in flight, the
     * description through node 1 and the priority through node 2; every acknowledged edit must hold on both
     * sides); then, reading by change events, the node that holds the org's change stream (as the admin page
     * names it) killed while Salesforce changes go on: the other node must have the stream live within 30 s,
     * and every change made meanwhile must arrive, once.
     */
    @Test
    void twoNodesOnOneExternalPostgresSurviveFaultsKillsConcurrentPatchesAndTheLossOfTheStreamHolder() {
        requirePostgresServer();
        var figures = SmokeProfile.execute("smoke-two-nodes.json", "--runs", "3", "--nodes", "2",
                "--seed", "20261202", "--scenario", "mix,two-node-patches,kill-stream-holder");
        SmokeProfile.assertNoViolations(figures);
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
}
