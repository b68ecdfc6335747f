package com.tasksync.emulator.soql;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A relative date literal such as TODAY or LAST_N_DAYS:7: a range of whole days that starts at
 * midnight in the querying user's time zone. Weeks start on Sunday, as in the en_US locale.
 */
record RelativeDate(String name, int n) {

    /** The literal named by a token's text, or null when the word is no date literal. */
    static RelativeDate parse(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        int colon = upper.indexOf(':');
        if (colon > 0) {
            String base = upper.substring(0, colon);
            if (!base.equals("LAST_N_DAYS") && !base.equals("NEXT_N_DAYS")) {
                return null;
            }
            try {
                return new RelativeDate(base, Integer.parseInt(upper.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return switch (upper) {
            case "YESTERDAY", "TODAY", "TOMORROW", "LAST_WEEK", "THIS_WEEK", "NEXT_WEEK", "LAST_MONTH", "THIS_MONTH", "NEXT_MONTH",
                 "LAST_YEAR", "THIS_YEAR", "NEXT_YEAR" -> new RelativeDate(upper, 0);
            case "LAST_90_DAYS" -> new RelativeDate("LAST_N_DAYS", 90);
            case "NEXT_90_DAYS" -> new RelativeDate("NEXT_N_DAYS", 90);
            default -> null;
        };
    }

    DayRange days(LocalDate today) {
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate month = today.withDayOfMonth(1);
        LocalDate year = today.withDayOfYear(1);
        return switch (name) {
            case "YESTERDAY" -> DayRange.of(today.minusDays(1), 1);
            case "TODAY" -> DayRange.of(today, 1);
            case "TOMORROW" -> DayRange.of(today.plusDays(1), 1);
            case "LAST_WEEK" -> DayRange.of(week.minusWeeks(1), 7);
            case "THIS_WEEK" -> DayRange.of(week, 7);
            case "NEXT_WEEK" -> DayRange.of(week.plusWeeks(1), 7);
            case "LAST_MONTH" -> months(month.minusMonths(1), LocalDate::plusMonths);
            case "THIS_MONTH" -> months(month, LocalDate::plusMonths);
            case "NEXT_MONTH" -> months(month.plusMonths(1), LocalDate::plusMonths);
            case "LAST_YEAR" -> months(year.minusYears(1), LocalDate::plusYears);
            case "THIS_YEAR" -> months(year, LocalDate::plusYears);
            case "NEXT_YEAR" -> months(year.plusYears(1), LocalDate::plusYears);
            // LAST_N_DAYS:n covers today and the n days before it; NEXT_N_DAYS:n starts tomorrow.
            case "LAST_N_DAYS" -> new DayRange(today.minusDays(n), today.plusDays(1));
            case "NEXT_N_DAYS" -> DayRange.of(today.plusDays(1), n);
            default -> throw new IllegalStateException(name);
        };
    }

    private static DayRange months(LocalDate start, Step step) {
        return new DayRange(start, step.plus(start, 1));
    }

    private interface Step {
        LocalDate plus(LocalDate date, long amount);
    }

    /** Days from start (inclusive) to end (exclusive). */
    record DayRange(LocalDate start, LocalDate end) {
        static DayRange of(LocalDate start, int days) {
            return new DayRange(start, start.plusDays(days));
        }
    }
}
