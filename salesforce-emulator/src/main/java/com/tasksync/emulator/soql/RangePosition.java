package com.tasksync.emulator.soql;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Places a date or dateTime value relative to a date literal's range of days in the querying user's
 * time zone. The range is worked out once per context and reused for every record.
 */
final class RangePosition implements Position {

    private final RelativeDate literal;
    private final boolean dateTime;
    private volatile Bounds cached;

    RangePosition(RelativeDate literal, boolean dateTime) {
        this.literal = literal;
        this.dateTime = dateTime;
    }

    @Override
    public int of(Object value, SoqlContext context) {
        Bounds bounds = cached;
        if (bounds == null || (bounds.context != context && !bounds.context.equals(context))) {
            bounds = bounds(context);
            cached = bounds;
        }
        if (dateTime) {
            Instant instant = (Instant) value;
            return instant.isBefore(bounds.startInstant) ? -1 : instant.isBefore(bounds.endInstant) ? 0 : 1;
        }
        LocalDate date = (LocalDate) value;
        return date.isBefore(bounds.startDate) ? -1 : date.isBefore(bounds.endDate) ? 0 : 1;
    }

    private Bounds bounds(SoqlContext context) {
        LocalDate today = LocalDate.ofInstant(context.now(), context.zone());
        RelativeDate.DayRange days = literal.days(today);
        return new Bounds(context, days.start(), days.end(),
                days.start().atStartOfDay(context.zone()).toInstant(), days.end().atStartOfDay(context.zone()).toInstant());
    }

    private record Bounds(SoqlContext context, LocalDate startDate, LocalDate endDate, Instant startInstant, Instant endInstant) {
    }
}
