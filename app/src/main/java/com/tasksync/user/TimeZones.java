package com.tasksync.user;

import com.tasksync.system.JsonInput;
import java.time.ZoneId;
import java.util.List;

/** The time zones a user may pick: the region ids of the JDK's time-zone database. */
public final class TimeZones {

    private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") || id.equals("UTC"))
            .filter(id -> !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    private TimeZones() {}

    public static List<String> ids() {
        return IDS;
    }

    public static boolean isKnown(String id) {
        return IDS.contains(id);
    }

    static ZoneId read(JsonInput input, String field) {
        var id = input.text(field, 64, false);
        if (id == null) {
            return null;
        }
        return isKnown(id) ? ZoneId.of(id) : input.problem(field, "must be a time-zone id such as Europe/Paris");
    }
}
