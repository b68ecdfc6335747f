package com.tasksync.emulator.http;

/** Who may call a route, and whether the call counts against the org's API allocation. */
public enum Access {
    /** No session needed and not counted: version list, OAuth endpoints, login pages. */
    PUBLIC,
    /** Needs a valid access token; counts as one API request of the session's org. */
    DATA_API,
    /** The test-only admin API; answered only when the emulator was started with it switched on. */
    ADMIN
}
