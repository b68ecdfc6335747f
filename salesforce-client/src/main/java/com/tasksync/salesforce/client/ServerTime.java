package com.tasksync.salesforce.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Salesforce's clock as a response's {@code Date} header gave it (whole seconds), and our own
 * clock when that response arrived: together, how far Salesforce's clock is from ours.
 */
public record ServerTime(Instant serverDate, Instant receivedAt) {

    /** Salesforce's clock minus ours; the header drops the fraction of a second, so it errs by under one. */
    public Duration offset() {
        return Duration.between(receivedAt, serverDate);
    }

    static Optional<ServerTime> fromHeaders(HttpHeaders headers, Instant receivedAt) {
        return headers.firstValue("Date").flatMap(date -> {
            try {
                return Optional.of(new ServerTime(
                        ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), receivedAt));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
