package com.tasksync.user;

import com.tasksync.system.JsonInput;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one list of time zones a user may have, for every picker and every input that takes a zone:
 * UTC, then the region ids of the JDK's time-zone database. The ids that always mean UTC (Etc/UTC,
 * which a server's JVM often reports, GMT, Etc/GMT, Zulu…) are read as UTC and shown as UTC.
 */
public final class TimeZones {

    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final Set<String> AVAILABLE = ZoneId.getAvailableZoneIds();
    private static final List<String> IDS = Stream.concat(Stream.of(UTC.getId()), AVAILABLE.stream()
                    .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                    .sorted())
            .toList();
    private static final Set<String> LISTED = Set.copyOf(IDS);

    private TimeZones() {}

    public static List<String> ids() {
        return IDS;
    }

    /** The list for a picker that shows {@code current}: when the list lacks it, it comes first. */
    public static List<String> idsWith(ZoneId current) {
        var id = canonical(current).getId();
        if (LISTED.contains(id)) {
            return IDS;
        }
        var ids = new ArrayList<String>(IDS.size() + 1);
        ids.add(id);
        ids.addAll(IDS);
        return ids;
    }

    /** The zone an id names, as stored and shown, or empty when it is not one a user may have. */
    public static Optional<ZoneId> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (LISTED.contains(id)) {
            return Optional.of(ZoneId.of(id));
        }
        return AVAILABLE.contains(id) && isUtc(ZoneId.of(id)) ? Optional.of(UTC) : Optional.empty();
    }

    /** UTC for a zone that is always UTC, whatever its id; any other zone as it is. */
    public static ZoneId canonical(ZoneId zone) {
        return isUtc(zone) ? UTC : zone;
    }

    static ZoneId read(JsonInput input, String field) {
        var id = input.text(field, 64, false);
        if (id == null) {
            return null;
        }
        return find(id).orElseGet(() -> input.problem(field, "must be a time-zone id such as Europe/Paris or UTC"));
    }

    private static boolean isUtc(ZoneId zone) {
        var rules = zone.getRules();
        return rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
    }
}
