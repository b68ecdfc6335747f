package com.tasksync.emulator;

import com.tasksync.emulator.demo.DemoCredentials;
import com.tasksync.emulator.demo.DemoOrg;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator from the command line with the admin API on and the demo org seeded, and
 * prints where it is and how to log in. Options: {@code --port N} (default 8484),
 * {@code --pubsub-port N} (default 7443), {@code --host H} (default 127.0.0.1).
 */
public final class EmulatorMain {

    public static final int DEFAULT_PORT = 8484;
    public static final int DEFAULT_PUBSUB_PORT = 7443;

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Emulator emulator = start(args, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        stopped.await();
    }

    /** Starts the emulator, seeds the demo org and prints the credentials; the caller closes it. */
    public static Emulator start(String[] args, PrintStream out) {
        int port = DEFAULT_PORT;
        int pubSubPort = DEFAULT_PUBSUB_PORT;
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--pubsub-port" -> pubSubPort = Integer.parseInt(value(args, ++i, "--pubsub-port"));
                case "--host" -> host = value(args, ++i, "--host");
                default -> throw new IllegalArgumentException(
                        "unknown option " + args[i] + "; use --port N, --pubsub-port N, --host H");
            }
        }
        Emulator emulator = Emulator.builder().host(host).port(port).pubSubPort(pubSubPort).adminApi(true).start();
        print(DemoOrg.seed(emulator), out);
        printPubSub(emulator, out);
        return emulator;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    static void print(DemoCredentials demo, PrintStream out) {
        out.println("Salesforce emulator running");
        out.println("  base URL (instance URL) : " + demo.baseUrl());
        out.println("  login URL               : " + demo.loginUrl());
        out.println("  authorize               : " + demo.loginUrl() + "/services/oauth2/authorize");
        out.println("  token                   : " + demo.loginUrl() + "/services/oauth2/token");
        out.println("  admin API               : " + demo.baseUrl() + "/__admin/");
        out.println("  org id                  : " + demo.orgId());
        out.println("  username                : " + demo.username());
        out.println("  password                : " + demo.password());
        out.println("  integration user        : " + demo.integration().username() + "  (View All Data: reads every rep's tasks)");
        out.println("  integration password    : " + demo.integration().password());
        out.println("  client id               : " + demo.clientId());
        out.println("  client secret           : " + demo.clientSecret());
        out.println("  redirect URIs           : " + String.join(", ", demo.redirectUris()));
        out.flush();
    }

    static void printPubSub(Emulator emulator, PrintStream out) {
        out.println("  Pub/Sub API (gRPC, TLS) : " + emulator.pubSub().endpoint()
                + "  topic /data/TaskChangeEvent; self-signed certificate: " + emulator.baseUrl() + "/__admin/pubsub");
        out.flush();
    }
}
