package com.tasksync.lookup;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the names that the pages lack: for every connected user, the who and what of their live
 * tasks whose name is not kept yet or is older than a day, at most {@value #PER_USER} ids a round.
 */
@Component
class NameFillJob {

    static final int PER_USER = 400;

    private final JdbcClient jdbc;
    private final SalesforceNames names;

    NameFillJob(JdbcClient jdbc, SalesforceNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** One round; returns how many ids were read from Salesforce. */
    int fillOnce() {
        var read = 0;
        for (var userId : jdbc.sql("select user_id from salesforce_connection order by user_id")
                .query(UUID.class).list()) {
            read += names.fillMissing(userId, PER_USER);
        }
        return read;
    }
}
