package com.tasksync.system.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses an external PostgreSQL whose settings can lose writes it has acknowledged, naming each
 * such setting and why; {@code tasksync.database.allow-unsafe-durability=true} makes it a
 * warning instead. The settings are read through the app's own pool, so per-database and
 * per-role overrides count.
 */
final class DurabilityCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

    static final String ALLOW_PROPERTY = "tasksync.database.allow-unsafe-durability";

    private static final Map<String, String> WHY = new LinkedHashMap<>();

    static {
        WHY.put("fsync", "writes are not forced to disk, so a power loss or an operating-system crash can lose"
                + " acknowledged transactions and corrupt the database");
        WHY.put("synchronous_commit", "a commit is acknowledged before it reaches disk, so a crash loses the last"
                + " acknowledged transactions");
        WHY.put("full_page_writes", "a crash in the middle of a page write can leave a torn page that recovery"
                + " cannot repair");
    }

    private final DataSource dataSource;
    private final boolean allowUnsafe;

    DurabilityCheck(DataSource dataSource, boolean allowUnsafe) {
        this.dataSource = dataSource;
        this.allowUnsafe = allowUnsafe;
    }

    @Override
    public void afterPropertiesSet() {
        var unsafe = unsafeSettings(JdbcClient.create(dataSource));
        if (unsafe.isEmpty()) {
            return;
        }
        if (allowUnsafe) {
            log.warn("The external PostgreSQL (spring.datasource.url) may lose acknowledged writes; starting anyway"
                    + " because {}=true. {}", ALLOW_PROPERTY, String.join(" ", unsafe));
            return;
        }
        throw new RefusedDatabaseException(
                "The external PostgreSQL (spring.datasource.url) may lose acknowledged writes. " + String.join(" ", unsafe),
                (unsafe.size() == 1 ? "Turn it on" : "Turn them on") + " in the server's configuration, or set "
                        + ALLOW_PROPERTY + "=true to start anyway on a database you can afford to lose.");
    }

    private static List<String> unsafeSettings(JdbcClient jdbc) {
        var unsafe = new ArrayList<String>();
        WHY.forEach((setting, why) -> {
            // Only "off" is unsafe: synchronous_commit's other values all wait for the local flush.
            var value = jdbc.sql("SHOW " + setting).query(String.class).single();
            if ("off".equalsIgnoreCase(value)) {
                unsafe.add(setting + "=off: " + why + ".");
            }
        });
        return unsafe;
    }
}
