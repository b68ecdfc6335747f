package com.tasksync.emulator.soql;

import java.time.Instant;
import java.time.ZoneId;

/** What a query is evaluated against: the emulator's now and the querying user's time zone (date literals such as TODAY use it). */
public record SoqlContext(Instant now, ZoneId zone) {
}
