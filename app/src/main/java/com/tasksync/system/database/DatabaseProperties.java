package com.tasksync.system.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of an external PostgreSQL ({@code spring.datasource.url}).
 *
 * @param allowUnsafeDurability start even when the server may lose acknowledged writes (fsync,
 *     synchronous_commit or full_page_writes off), with a warning; for databases you can lose
 * @param allowPasswordless start even when the server lets TaskSync's user in without checking its
 *     password, with a warning; for servers nobody else can reach
 */
@ConfigurationProperties("tasksync.database")
public record DatabaseProperties(@DefaultValue("false") boolean allowUnsafeDurability,
        @DefaultValue("false") boolean allowPasswordless) {}
