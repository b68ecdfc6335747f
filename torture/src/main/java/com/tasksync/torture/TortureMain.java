package com.tasksync.torture;

/**
 * The harness from the command line, for example
 * {@code java -jar torture/target/torture.jar --runs 200 --ops 100 --nodes 2 --faults 0.1}.
 * Exits with 1 when any run found a violation, 2 on bad options.
 */
public final class TortureMain {

    private TortureMain() {
    }

    public static void main(String[] args) {
        TortureOptions options;
        try {
            options = TortureOptions.parse(args, HarnessPaths.defaults());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar torture/target/torture.jar " + TortureOptions.USAGE);
            System.exit(2);
            return;
        }
        var figures = Torture.execute(options, System.out);
        System.exit(figures.violations() == 0 ? 0 : 1);
    }
}
