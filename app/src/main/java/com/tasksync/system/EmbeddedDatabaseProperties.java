package com.tasksync.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no datasource URL is configured.
 *
 * @param dataDirectory the cluster's directory; it survives restarts
 * @param port the port to listen on, 0 for any free one
 */
@ConfigurationProperties("tasksync.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("${user.home}/.tasksync/pgdata") Path dataDirectory,
        @DefaultValue("0") int port) {}
