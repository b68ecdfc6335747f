package com.tasksync.demo.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL, used when no datasource URL is configured. Beside the data directory
 * live its lock file ({@code <data-directory>.lock}) and, unless placed elsewhere, the
 * superuser's password ({@code <data-directory>.password}).
 *
 * @param dataDirectory the cluster's directory; it survives restarts
 * @param passwordFile the superuser's password, generated on first start when missing
 * @param port the port to listen on, 0 for any free one
 * @param startupTimeout how long the server may take to accept connections, crash recovery included
 */
@Validated
@ConfigurationProperties("tasksync.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("${user.home}/.tasksync/pgdata") @NotNull Path dataDirectory,
        Path passwordFile,
        @DefaultValue("0") @Min(0) @Max(65535) int port,
        @DefaultValue("60s") @DurationMin(seconds = 1) Duration startupTimeout) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory != null) {
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
            if (dataDirectory.getParent() == null) {
                throw new IllegalArgumentException(
                        "tasksync.embedded-database.data-directory must not be the root of the file system");
            }
            if (passwordFile == null) {
                passwordFile = beside(dataDirectory, ".password");
            }
        }
    }

    /** The file whose lock says which process owns the data directory. */
    Path lockFile() {
        return beside(dataDirectory, ".lock");
    }

    private static Path beside(Path directory, String suffix) {
        return directory.resolveSibling(directory.getFileName() + suffix);
    }
}
