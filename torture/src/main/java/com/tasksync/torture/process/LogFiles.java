package com.tasksync.torture.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads parts of a process log: its last lines for an error message, or what was written since an offset. */
public final class LogFiles {

    private LogFiles() {
    }

    public static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no log yet)";
            }
            var size = Files.size(file);
            var text = between(file, Math.max(0, size - 64 * 1024), size);
            var all = text.split("\n");
            return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The lines written between two offsets of the file. */
    public static List<String> linesBetween(Path file, long from, long to) {
        try {
            return List.of(between(file, from, to).split("\n"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String between(Path file, long from, long to) throws IOException {
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            var end = Math.min(to, in.length());
            var bytes = new byte[(int) Math.max(0, end - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
