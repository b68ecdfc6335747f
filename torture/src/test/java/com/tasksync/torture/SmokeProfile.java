package com.tasksync.torture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.torture.report.Figures;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CI smoke runs share: 20 operations a run unless said, a tenth of calls faulted, three workers,
 * and a results file of the run's own, since the smoke classes run side by side in two test JVMs.
 */
final class SmokeProfile {

    private SmokeProfile() {
    }

    static Figures execute(String results, String... args) {
        var all = new ArrayList<>(List.of(args));
        if (!all.contains("--ops")) {
            all.addAll(List.of("--ops", "20"));
        }
        all.addAll(List.of("--faults", "0.1", "--workers", "3"));
        var paths = HarnessPaths.defaults();
        paths = paths.withResults(paths.results().resolveSibling(results));
        return Torture.execute(TortureOptions.parse(all.toArray(String[]::new), paths), System.out);
    }

    static void assertNoViolations(Figures figures) {
        assertThat(figures.violations())
                .as("violations %s; replay with --seed and one of %s", figures.violationsByKind(), figures.failingSeeds())
                .isZero();
    }
}
