package com.tasksync.demo.database;

import com.tasksync.system.database.RefusedDatabaseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on a file beside the data directory, held by the one
 * process that runs the embedded server on it. The system drops it when that process dies,
 * even by {@code kill -9}, so a free lock means that any server still running on the
 * directory is a leftover. The file names the owner's pid; it is never deleted, so that two
 * processes can never lock two different files of one name.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock at once, or fails with a message naming the process that holds it. */
    static DataDirectoryLock acquire(Path dataDirectory, Path lockFile) throws IOException {
        var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // another start in this same JVM holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            var owner = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new DataDirectoryInUseException(dataDirectory, owner.isEmpty() ? "unknown" : owner);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another TaskSync process runs the embedded server on this data directory. */
    static final class DataDirectoryInUseException extends RefusedDatabaseException {

        DataDirectoryInUseException(Path dataDirectory, String ownerPid) {
            super("The embedded PostgreSQL data directory " + dataDirectory
                            + " is in use by another TaskSync process (pid " + ownerPid + ")."
                            + " Embedded PostgreSQL serves one node only.",
                    "To run several nodes, give them all one external PostgreSQL with spring.datasource.url;"
                            + " to run a separate node on this machine, give it its own"
                            + " tasksync.embedded-database.data-directory.");
        }
    }
}
