package com.tasksync.emulator.cdc;

/**
 * The API call that is writing, as the change feed needs it: the API ({@code rest}), its version
 * ({@code 66.0}) and the session user. Held for the thread that handles the call, so that the
 * commit listener, which runs on that thread, can fill in changeOrigin and commitUser.
 */
public record CallContext(String api, String version, String userId) {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    /** The call being handled on this thread, or null for writes made from Java (seeding). */
    static CallContext current() {
        return CURRENT.get();
    }

    static void set(CallContext context) {
        CURRENT.set(context);
    }

    static void clear() {
        CURRENT.remove();
    }

    String origin(String client) {
        String base = "com/salesforce/api/" + api + "/" + version;
        return client == null || client.isBlank() ? base : base + ";client=" + client;
    }
}
