package com.tasksync.torture.check;

import com.tasksync.torture.execute.Episode;
import com.tasksync.torture.execute.SyncSample;
import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.SyncSwitches;
import com.tasksync.torture.process.LogFiles;
import com.tasksync.torture.process.TaskSyncNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Every failure is shown. During each fault episode that stopped all sync for seconds, some
 * sample of {@code GET /api/sync} shows {@code retrying}, {@code degraded} or {@code reconnect}
 * with a problem object, the sync log has a {@code problem} entry in the episode (or one still open
 * when it starts, whose failures were logged then) and a {@code recovered} one after it, and some node logs a WARN or ERROR line. And a run that ends with work
 * undone must not end in a plain {@code syncing} state. Only the longest part of
 * an episode during which sync was on is judged, and not at all when it is shorter than 4 s, no
 * node answered in it, or a node was killed in it or shortly before it (what the killed node held
 * waits for its lease to run out, so nothing may be tried during the episode).
 */
final class VisibilityCheck {

    static final Duration SLACK = Duration.ofSeconds(5);
    /** How long the work a killed node held may wait before another node takes it (db-scheduler's dead-execution detection, the relay's claims). */
    static final Duration TAKEOVER = Duration.ofSeconds(40);
    private static final int MIN_SAMPLES = 3;
    private static final Duration MIN_ON = Duration.ofSeconds(4);
    private static final Set<String> UNDONE = Set.of("stuck", "missing-in-tasksync", "missing-in-salesforce",
            "duplicate-in-salesforce", "duplicate-in-tasksync", "task-error", "error-without-reason");

    private VisibilityCheck() {
    }

    static void check(List<Episode> episodes, List<SyncSample> samples, List<JsonNode> syncLog, List<TaskSyncNode> nodes,
            SyncSwitches switches, List<Instant> kills, Findings findings) {
        for (var episode : episodes) {
            var kill = kills.stream().filter(at -> within(at, episode.start().minus(TAKEOVER), episode.end())).findFirst();
            if (kill.isPresent()) {
                // the rep's work may sit with the killed node (a claimed job, a first sync) until its lease runs
                // out, so nothing is tried, and nothing can fail, during the episode
                findings.note("during the " + episode.kind().label() + " from " + episode.start() + " to "
                        + episode.end() + " not judged: a node was killed at " + kill.get());
                continue;
            }
            var on = switches.longestOn(episode.start(), episode.end()).orElse(null);
            var during = "during the " + episode.kind().label() + " from " + episode.start() + " to " + episode.end();
            var inWindow = on == null ? List.<SyncSample>of()
                    : samples.stream().filter(s -> within(s.at(), on[0], on[1].plus(SLACK))).toList();
            if (on == null || Duration.between(on[0], on[1]).compareTo(MIN_ON) < 0 || inWindow.size() < MIN_SAMPLES) {
                findings.note(during + " not judged: sync was on for too short a part of it, or no node answered ("
                        + inWindow.size() + " samples)");
                continue;
            }
            if (inWindow.stream().noneMatch(SyncSample::showsProblem)) {
                findings.violation("invisible-failure", during + " no sample of /api/sync showed retrying, degraded or "
                        + "reconnect with a problem; " + inWindow.size() + " samples, states seen: "
                        + inWindow.stream().map(s -> s.state() + "/lastError=" + s.lastError()).distinct().limit(4).toList());
            }
            var alreadyOpen = problemOpenAt(syncLog, episode.start());
            if (syncLog.stream().noneMatch(e -> "problem".equals(Json.text(e, "action"))
                    && within(at(e), episode.start().minusSeconds(1), episode.end().plus(SLACK))) && !alreadyOpen) {
                findings.violation("silent-sync-log", during + " the sync log has no entry with action problem; actions "
                        + "logged meanwhile: " + actionsBetween(syncLog, episode.start(), episode.end().plus(SLACK)));
            }
            if (syncLog.stream().noneMatch(e -> "recovered".equals(Json.text(e, "action")) && at(e).isAfter(episode.start()))) {
                findings.violation("no-recovered-entry", "after the " + episode.kind().label() + " from " + episode.start()
                        + " the sync log has no entry with action recovered");
            }
            // a failure going on since before the episode was logged when it began (and a node holding the
            // job may be dead meanwhile, so that nothing is tried, and nothing logged, during the episode)
            if (!alreadyOpen && nodes.stream().noneMatch(node -> warned(node, episode))) {
                findings.violation("silent-node-log", during + " no node logged a WARN or ERROR line");
            }
        }
    }

    static void checkEnd(Snapshot last, Findings findings) {
        var undone = findings.violations().stream().map(Violation::kind).filter(UNDONE::contains).distinct().toList();
        var shown = SyncSample.of(last.at(), last.syncStatus());
        if (!undone.isEmpty() && !shown.showsTrouble()) {
            findings.violation("invisible-failure", "the run ends with work undone (" + undone + ") but /api/sync shows "
                    + shown.describe());
        }
    }

    /**
     * Whether the log already shows a problem that has not recovered when the episode starts: the same
     * failure going on (say a 503 outage right after failing polls with the same code) is one problem,
     * logged once, not a silent one.
     */
    static boolean problemOpenAt(List<JsonNode> log, Instant at) {
        var lastByDirection = new java.util.HashMap<String, String>();
        log.stream().filter(e -> !at(e).isAfter(at))
                .filter(e -> "problem".equals(Json.text(e, "action")) || "recovered".equals(Json.text(e, "action")))
                .sorted(java.util.Comparator.comparing(VisibilityCheck::at))
                .forEach(e -> lastByDirection.put(String.valueOf(Json.text(e, "direction")), Json.text(e, "action")));
        return lastByDirection.containsValue("problem");
    }

    /**
     * Whether the node logged a WARN or ERROR line from the episode's start until {@link #SLACK} after its
     * end, as the sync log may: a call that retries inside the client reports its failure only once
     * its last attempt fails, which can be just after the fault is lifted.
     */
    private static boolean warned(TaskSyncNode node, Episode episode) {
        var from = episode.logStart().getOrDefault(node.number(), 0L);
        var until = episode.end().plus(SLACK);
        return LogFiles.linesBetween(node.process().logFile(), from, node.process().logSize()).stream()
                .filter(line -> loggedBy(line, until))
                .anyMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
    }

    private static boolean loggedBy(String line, Instant until) {
        var space = line.indexOf(' ');
        if (space <= 0) {
            return false;
        }
        try {
            return !Instant.parse(line.substring(0, space)).isAfter(until);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String actionsBetween(List<JsonNode> log, Instant from, Instant to) {
        return log.stream().filter(e -> within(at(e), from, to)).map(e -> Json.text(e, "action")).distinct()
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static Instant at(JsonNode entry) {
        return Instant.parse(entry.path("at").asString());
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && !at.isAfter(to);
    }
}
