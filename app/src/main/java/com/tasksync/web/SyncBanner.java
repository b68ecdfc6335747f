package com.tasksync.web;

import com.tasksync.sync.SyncStatus;

/**
 * The banner every page shows while sync needs the rep: what is wrong, in words for people, and
 * the one action that fixes it (a link, or a form posted with its CSRF token).
 *
 * @param post true when the action is a form to post, false for a link
 */
record SyncBanner(String message, String actionLabel, String actionUrl, boolean post) {

    private static final String CONNECT = "/settings/salesforce/connect";
    private static final String RETRY = "/settings/sync/retry";

    /** The banner for this status, or null while sync is off or all is well. */
    static SyncBanner of(SyncStatus status) {
        if (status.state() == com.tasksync.sync.SyncState.ORG_CHANGED) {
            return new SyncBanner("You connected to another Salesforce org than the one your tasks are linked to.",
                    "Choose what becomes of them", "/settings#org-change", false);
        }
        if (!status.enabled()) {
            return null;
        }
        switch (status.state()) {
            case RECONNECT -> {
                return new SyncBanner(status.connected()
                        ? "Salesforce no longer accepts TaskSync's sign-in, so your tasks are not syncing."
                        : "Sync is on, but TaskSync is not connected to your Salesforce yet.",
                        "Connect to Salesforce", CONNECT, false);
            }
            case ERROR, DEGRADED, RETRYING -> {
                var problem = status.problem() != null ? status.problem().message() : status.lastError();
                return new SyncBanner("Sync with Salesforce has a problem" + (problem == null ? "." : ": " + problem),
                        "Try again", RETRY, true);
            }
            default -> {
                // syncing or importing: only failed tasks or records need the rep
            }
        }
        if (status.tasksInError() > 0 || status.recordsSetAside() > 0) {
            return new SyncBanner(count(status.tasksInError(), "task") + count(status.recordsSetAside(),
                    "Salesforce record") + " could not be synced.", "Try again", RETRY, true);
        }
        return null;
    }

    private static String count(long n, String what) {
        if (n == 0) {
            return "";
        }
        return n + " " + what + (n == 1 ? "" : "s") + " ";
    }
}
