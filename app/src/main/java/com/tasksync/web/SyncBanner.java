package com.tasksync.web;

import com.tasksync.sync.SyncStatus;

/**
 * The banner every page shows while sync needs the rep: what is wrong, in words for people and in
 * the page's language, and the one action that fixes it (a link, or a form posted with its CSRF token).
 *
 * @param post true when the action is a form to post, false for a link
 */
record SyncBanner(String message, String actionLabel, String actionUrl, boolean post) {

    private static final String CONNECT = "/settings/salesforce/connect";
    private static final String RETRY = "/settings/sync/retry";

    /** The banner for this status, or null while sync is off or all is well. */
    static SyncBanner of(SyncStatus status, Words words, PeopleWords people) {
        if (status.state() == com.tasksync.sync.SyncState.ORG_CHANGED) {
            return new SyncBanner(words.get("banner.org-changed"), words.get("banner.org-changed.action"),
                    "/settings#org-change", false);
        }
        if (!status.enabled()) {
            return null;
        }
        switch (status.state()) {
            case RECONNECT -> {
                return new SyncBanner(words.get(status.connected() ? "banner.reconnect" : "banner.not-connected"),
                        words.get("banner.connect"), CONNECT, false);
            }
            case ERROR, DEGRADED, RETRYING -> {
                // what Salesforce said stays as it said it, inside words of the page's language
                var problem = people.problem(status);
                return new SyncBanner(problem == null ? words.get("banner.problem")
                        : words.get("banner.problem-with", problem), words.get("banner.try-again"), RETRY, true);
            }
            default -> {
                // syncing or importing: only failed tasks or records need the rep
            }
        }
        var tasks = status.tasksInError();
        var records = status.recordsSetAside();
        if (tasks > 0 || records > 0) {
            var what = tasks > 0 && records > 0
                    ? words.get("banner.failed.both", words.get("banner.failed.tasks", tasks),
                            words.get("banner.failed.records", records))
                    : tasks > 0 ? words.get("banner.failed.tasks", tasks) : words.get("banner.failed.records", records);
            return new SyncBanner(words.get("banner.failed", what), words.get("banner.try-again"), RETRY, true);
        }
        return null;
    }
}
