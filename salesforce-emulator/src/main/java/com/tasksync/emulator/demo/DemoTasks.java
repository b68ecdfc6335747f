package com.tasksync.emulator.demo;

import com.tasksync.emulator.data.OrgData;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.org.EmulatorClock;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.User;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo org's sample data: a few accounts, contacts and leads, and three dozen tasks of the
 * demo user due over the last days and the next ones. Their history is spread over ten days
 * (audit fields set on insert), so that some fall inside a first sync's 24-hour window and
 * some before it.
 */
public final class DemoTasks implements DemoTaskSeeder {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final List<String> ACTIONS = List.of("Call", "Email", "Send quote to", "Follow up with", "Book demo with",
            "Prepare renewal for", "LinkedIn note to", "Check in with", "Send contract to");
    private static final List<String> STATUSES = List.of("Not Started", "In Progress", "Not Started", "Waiting on someone else",
            "Completed", "Deferred");
    private static final List<String> PRIORITIES = List.of("Normal", "High", "Normal", "Low");
    private static final List<String> SUBTYPES = List.of("Call", "Email", "Task", "Task");

    private final EmulatorClock clock;
    private final int count;

    public DemoTasks(EmulatorClock clock, int count) {
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void seedTasks(Org org, User owner) {
        List<String> accounts = List.of(
                insert(org, owner, "Account", Json.object().put("Name", "Northwind Traders")),
                insert(org, owner, "Account", Json.object().put("Name", "Globex Corporation")),
                insert(org, owner, "Account", Json.object().put("Name", "Initech")));
        List<String> contacts = List.of(
                insert(org, owner, "Contact", Json.object().put("FirstName", "Ada").put("LastName", "Lovelace").put("AccountId", accounts.get(0))),
                insert(org, owner, "Contact", Json.object().put("FirstName", "Grace").put("LastName", "Hopper").put("AccountId", accounts.get(1))),
                insert(org, owner, "Contact", Json.object().put("FirstName", "Alan").put("LastName", "Turing").put("AccountId", accounts.get(2))),
                insert(org, owner, "Lead", Json.object().put("FirstName", "Katherine").put("LastName", "Johnson").put("Company", "Langley Labs")));
        List<String> names = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson");
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(owner.timeZoneSidKey()));
        for (int i = 0; i < count; i++) {
            int who = i % contacts.size();
            Instant created = now.minus(Duration.ofHours(2 + (long) i * 7 % 240));
            Instant modified = created.plus(Duration.ofMinutes((long) i * 37 % Math.max(1, Duration.between(created, now).toMinutes())));
            ObjectNode task = Json.object()
                    .put("Subject", ACTIONS.get(i % ACTIONS.size()) + " " + names.get(who))
                    .put("ActivityDate", today.plusDays(i % 14 - 6).toString())
                    .put("Status", STATUSES.get(i % STATUSES.size()))
                    .put("Priority", PRIORITIES.get(i % PRIORITIES.size()))
                    .put("TaskSubtype", SUBTYPES.get(i % SUBTYPES.size()))
                    .put("Description", "Demo task " + (i + 1) + ": notes from the last conversation.")
                    .put("WhoId", contacts.get(who))
                    .put("CreatedDate", DATETIME.format(created.atOffset(java.time.ZoneOffset.UTC)))
                    .put("LastModifiedDate", DATETIME.format(modified.atOffset(java.time.ZoneOffset.UTC)));
            if (who < accounts.size()) {
                task.put("WhatId", accounts.get(who));
            }
            insert(org, owner, "Task", task);
        }
    }

    private static String insert(Org org, User owner, String type, ObjectNode fields) {
        return OrgData.of(org).insert(type, fields, owner.id());
    }
}
