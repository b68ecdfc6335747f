package com.tasksync.torture.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an environment file the way systemd's {@code EnvironmentFile=} takes the simple ones we
 * write: one {@code NAME=value} a line, {@code #} comments and blank lines skipped, values taken
 * as they stand. Anything else is refused with its line number, so the example file stays simple.
 */
final class EnvironmentFile {

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z][A-Z0-9_]*)=([^\"'\\\\]*)");

    private EnvironmentFile() {
    }

    static Map<String, String> read(Path file) {
        try {
            var variables = new LinkedHashMap<String, String>();
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                var matcher = ASSIGNMENT.matcher(line);
                if (!matcher.matches()) {
                    throw new IllegalArgumentException(file + " line " + (i + 1)
                            + ": expected NAME=value without quotes or backslashes, got: " + line);
                }
                if (variables.put(matcher.group(1), matcher.group(2)) != null) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + matcher.group(1)
                            + " is set twice");
                }
            }
            return variables;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
