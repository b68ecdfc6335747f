package com.tasksync.emulator.admin;

/**
 * What to inject and where: a method ({@code *} for any) and a path pattern, a glob where
 * {@code *} is one path segment and {@code **} any number, or a regular expression when
 * {@code regex} is true. {@code times} limits it to the next N matching calls (null: no limit);
 * {@code probability} (null: always) applies it to a share of calls, drawn from a Random seeded with {@code seed}.
 */
public record FaultSpec(
        String method,
        String path,
        boolean regex,
        FaultKind kind,
        int status,
        String errorCode,
        String message,
        long latencyMillis,
        Integer times,
        Double probability,
        Long seed) {

    public static FaultSpec status(String method, String path, int status, String errorCode, String message) {
        return new FaultSpec(method, path, false, FaultKind.STATUS, status, errorCode, message, 0, null, null, null);
    }

    public static FaultSpec latency(String method, String path, long millis) {
        return new FaultSpec(method, path, false, FaultKind.LATENCY, 0, null, null, millis, null, null, null);
    }

    public static FaultSpec drop(String method, String path) {
        return new FaultSpec(method, path, false, FaultKind.DROP, 0, null, null, 0, null, null, null);
    }

    public static FaultSpec loseResponse(String method, String path) {
        return new FaultSpec(method, path, false, FaultKind.LOSE_RESPONSE, 0, null, null, 0, null, null, null);
    }

    public FaultSpec times(int value) {
        return new FaultSpec(method, path, regex, kind, status, errorCode, message, latencyMillis, value, probability, seed);
    }

    public FaultSpec probability(double value, long randomSeed) {
        return new FaultSpec(method, path, regex, kind, status, errorCode, message, latencyMillis, times, value, randomSeed);
    }

    public FaultSpec asRegex() {
        return new FaultSpec(method, path, true, kind, status, errorCode, message, latencyMillis, times, probability, seed);
    }
}
