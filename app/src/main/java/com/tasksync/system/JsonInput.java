package com.tasksync.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object field by field and collects every problem instead of stopping at the
 * first: unknown and read-only fields, wrong types, oversize or malformed text, impossible
 * dates. A reader answers null for a bad field; {@link #throwIfInvalid()} then reports them all.
 */
public final class JsonInput {

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonInput(JsonNode body) {
        this.body = body;
    }

    public static JsonInput of(JsonNode body, Set<String> writable, Set<String> readOnly) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        var input = new JsonInput(body);
        for (String name : body.propertyNames()) {
            if (readOnly.contains(name)) {
                input.problem(name, "is read-only");
            } else if (!writable.contains(name)) {
                input.problem(name, "is not a known field");
            }
        }
        return input;
    }

    public boolean has(String field) {
        return body.has(field);
    }

    public boolean isNull(String field) {
        return body.has(field) && body.get(field).isNull();
    }

    public String text(String field, int maxCharacters, boolean multiline) {
        var node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            return problem(field, "must be a string");
        }
        var value = node.stringValue();
        var problem = TextRules.problemWith(value, maxCharacters, multiline);
        return problem == null ? value : problem(field, problem);
    }

    /**
     * Like {@link #text}, except that a value equal to {@code current} is taken as it is: a task
     * synced from Salesforce may hold text the rules refuse (Salesforce accepts it), and sending
     * it back unchanged must not fail.
     */
    public String textOrUnchanged(String field, int maxCharacters, boolean multiline, String current) {
        var node = body.get(field);
        if (current != null && node != null && node.isString() && current.equals(node.stringValue())) {
            return current;
        }
        return text(field, maxCharacters, multiline);
    }

    public Boolean bool(String field) {
        var node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isBoolean() ? node.booleanValue() : problem(field, "must be true or false");
    }

    public LocalDate date(String field) {
        var text = text(field, 10, false);
        if (text == null) {
            return null;
        }
        try {
            var date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return inRange(date.getYear()) ? date : problem(field, "must be between years 1 and 9999");
        } catch (DateTimeParseException e) {
            return problem(field, "must be a real date as YYYY-MM-DD");
        }
    }

    public Instant instant(String field) {
        var text = text(field, 64, false);
        if (text == null) {
            return null;
        }
        try {
            var value = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return inRange(value.getYear()) ? value.toInstant() : problem(field, "must be between years 1 and 9999");
        } catch (DateTimeParseException e) {
            return problem(field, "must be an ISO-8601 instant such as 2026-05-01T09:30:00Z");
        }
    }

    public <T> T choice(String field, Map<String, T> choices) {
        var text = text(field, 64, false);
        if (text == null) {
            return null;
        }
        var value = choices.get(text);
        return value != null ? value : problem(field, "must be one of " + String.join(", ", sorted(choices.keySet())));
    }

    public <T> T problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return null;
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static List<String> sorted(Collection<String> names) {
        return names.stream().sorted().toList();
    }
}
