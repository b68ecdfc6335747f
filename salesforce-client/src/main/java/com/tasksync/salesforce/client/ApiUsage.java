package com.tasksync.salesforce.client;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The org's API use over the last 24 hours as of one response's {@code Sforce-Limit-Info: api-usage=used/max}. */
public record ApiUsage(long used, long max) {

    private static final Pattern API_USAGE = Pattern.compile("(?<![\\w-])api-usage=(\\d+)/(\\d+)");

    public long remaining() {
        return Math.max(0, max - used);
    }

    /** Reads the header; the per-app and burst parts that may share it are ignored. */
    static Optional<ApiUsage> fromHeaders(HttpHeaders headers) {
        return headers.firstValue("Sforce-Limit-Info").flatMap(ApiUsage::parse);
    }

    static Optional<ApiUsage> parse(String header) {
        Matcher matcher = API_USAGE.matcher(header);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new ApiUsage(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }
}
