package com.tasksync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each top package is a module; this fails when one reaches into a module it should not know.
 * The sibling modules count too: only {@code demo} may use the emulator ({@code emulator}), and
 * only the Salesforce-facing packages the client ({@code salesforce}).
 */
class ModularityTest {

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?com\\.tasksync\\.(\\w+)\\.", Pattern.MULTILINE);

    private static final Set<String> SYNC_BASE = Set.of("system", "user", "task", "connection", "sync", "salesforce",
            "mapping", "links");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("mapping", Set.of("task", "salesforce")),
            Map.entry("links", Set.of("system", "task", "mapping")),
            Map.entry("outbound", SYNC_BASE),
            Map.entry("inbound", SYNC_BASE),
            Map.entry("enable", plus(SYNC_BASE, "inbound")),
            Map.entry("system", Set.of()),
            Map.entry("user", Set.of("system")),
            Map.entry("task", Set.of("system", "user")),
            Map.entry("connection", Set.of("system", "user", "salesforce", "mapping")),
            Map.entry("sync", Set.of("system", "user", "connection")),
            Map.entry("web", Set.of("system", "user", "task", "connection", "sync")),
            Map.entry("demo", Set.of("system", "user", "task", "connection", "sync", "emulator")));

    private static Set<String> plus(Set<String> base, String... more) {
        var all = new TreeSet<>(base);
        all.addAll(Set.of(more));
        return all;
    }

    @Test
    void modulesDependOnlyOnTheModulesAllowedThem() throws IOException {
        var violations = new TreeSet<String>();
        var root = Path.of("src/main/java/com/tasksync");
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                var module = relative.getName(0).toString();
                var matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    var target = matcher.group(1);
                    if (!target.equals(module) && !ALLOWED.getOrDefault(module, Set.of()).contains(target)) {
                        violations.add(relative + " -> " + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageExplainsItself() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/com/tasksync"), 1)) {
            dirs.skip(1).filter(Files::isDirectory).forEach(dir ->
                    assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists());
        }
    }
}
