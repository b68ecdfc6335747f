package com.tasksync.torture.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories for data that outlives no harness: created on demand, deleted at cleanup. */
public final class TemporaryDirectories {

    private TemporaryDirectories() {
    }

    /** A new directory, deleted with everything in it when the harness cleans up. */
    public static Path create(String prefix) {
        try {
            var directory = Files.createTempDirectory(prefix);
            Cleanup.register(() -> delete(directory));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + directory + ": " + e.getMessage());
        }
    }
}
