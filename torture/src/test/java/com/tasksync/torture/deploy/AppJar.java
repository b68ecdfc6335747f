package com.tasksync.torture.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the production jar carries that an upgrade depends on: its Flyway migrations. */
final class AppJar {

    private static final Pattern MIGRATION = Pattern.compile("BOOT-INF/classes/db/migration/V(\\d+)__.+\\.sql");

    private AppJar() {
    }

    /** The version of the newest migration in the jar, as Flyway writes it in its history ({@code 116}). */
    static String newestMigration(Path jar) throws IOException {
        try (var file = new JarFile(jar.toFile())) {
            return file.stream().map(entry -> MIGRATION.matcher(entry.getName())).filter(Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1))).max(Integer::compare).map(String::valueOf)
                    .orElseThrow(() -> new IllegalStateException(jar + " carries no Flyway migration"));
        }
    }
}
