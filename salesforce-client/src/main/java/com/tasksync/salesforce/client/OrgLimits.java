package com.tasksync.salesforce.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The answer of {@code /limits}: each named limit's maximum and what remains of it. */
public record OrgLimits(Map<String, Limit> limits) {

    /** One limit, e.g. {@code DailyApiRequests}. */
    public record Limit(long max, long remaining) {

        public long used() {
            return max - remaining;
        }
    }

    public OrgLimits {
        limits = Map.copyOf(limits);
    }

    public Optional<Limit> get(String name) {
        return Optional.ofNullable(limits.get(name));
    }

    public Optional<Limit> dailyApiRequests() {
        return get("DailyApiRequests");
    }

    static OrgLimits from(JsonNode json) {
        Map<String, Limit> limits = new LinkedHashMap<>();
        json.forEachEntry((name, value) -> {
            if (value.has("Max") && value.has("Remaining")) {
                limits.put(name, new Limit(value.get("Max").asLong(), value.get("Remaining").asLong()));
            }
        });
        return new OrgLimits(limits);
    }
}
