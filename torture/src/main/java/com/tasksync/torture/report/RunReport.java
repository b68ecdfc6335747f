package com.tasksync.torture.report;

import com.tasksync.torture.check.Violation;
import com.tasksync.torture.run.RunResult;
import java.io.PrintStream;
import java.util.List;

/** Prints one run: a line of figures, then every violation with the run's seed and the command that replays it. */
public final class RunReport {

    private RunReport() {
    }

    public static void print(RunResult result, List<String> replay, PrintStream out) {
        out.printf("run %d seed %d [%s] %s: %d ops %s, %d kills, faults %s, %d API calls (%.1f/op, %d in quiet), %.0f s%n",
                result.run(), result.seed(), result.scenario(), result.failed() ? "FAILED" : "ok", result.operations(),
                result.outcomes(), result.kills(), result.faults(), result.engineCalls(), result.callsPerOperation(),
                result.quietCalls(), result.durations().getOrDefault("total", 0L) / 1000.0);
        for (Violation violation : result.violations()) {
            out.println("  VIOLATION [" + violation.kind() + "] seed=" + result.seed() + ": " + violation.message());
        }
        for (Violation limit : result.knownLimits()) {
            out.println("  known limit [" + limit.kind() + "]: " + limit.message());
        }
        result.notes().forEach(note -> out.println("  note: " + note));
        if (result.failed()) {
            out.println("  replay: java -jar torture/target/torture.jar " + String.join(" ", replay));
        }
        out.flush();
    }
}
