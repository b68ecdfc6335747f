package com.tasksync.salesforce.client;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code Retry-After} in either of its forms: seconds, or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    static Duration of(HttpHeaders headers, Clock clock) {
        return headers.firstValue("Retry-After").map(value -> parse(value.trim(), clock)).orElse(null);
    }

    static Duration parse(String value, Clock clock) {
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
