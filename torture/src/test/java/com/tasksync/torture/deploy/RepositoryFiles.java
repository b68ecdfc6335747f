package com.tasksync.torture.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own files the deployment guide shows: found upwards from the working directory. */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    static Path root() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/tasksync.service")) && Files.isDirectory(dir.resolve("app"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/tasksync.service above " + Path.of("").toAbsolutePath());
    }

    static Path deploy(String name) {
        return root().resolve("deploy").resolve(name);
    }
}
