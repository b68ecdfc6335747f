package com.tasksync.emulator.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A method and a path template such as {@code /services/data/{version}/sobjects/{type}/{id}};
 * {@code {name}} matches one path segment. {@link #name()} is what per-endpoint call counts use.
 */
public record Route(String method, String template, Access access, Handler handler) {

    public String name() {
        return method + " " + template;
    }

    List<String> segments() {
        return split(template);
    }

    int literalSegments() {
        return (int) segments().stream().filter(s -> !s.startsWith("{")).count();
    }

    /** The path variables when {@code path} fits this template, else null. */
    Map<String, String> match(List<String> pathSegments) {
        List<String> mine = segments();
        if (mine.size() != pathSegments.size()) {
            return null;
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            String expected = mine.get(i);
            String actual = pathSegments.get(i);
            if (expected.startsWith("{")) {
                if (actual.isEmpty()) {
                    return null;
                }
                vars.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return vars;
    }

    static List<String> split(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }
}
