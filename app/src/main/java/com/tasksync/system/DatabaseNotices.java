package com.tasksync.system;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's notices ({@code LISTEN}/{@code NOTIFY}) for what every node must hear at once, such as
 * a revoked API token. Each node listens on a connection of its own, outside the pool. A listener is
 * told to forget what it keeps when a notice of its channel comes, and also whenever the node may
 * have missed notices (the connection was lost, or is back); while the node cannot hear,
 * {@link #listening()} is false and nothing may be kept that a notice would have to end.
 */
@Component
public class DatabaseNotices implements SmartLifecycle {

    /** The name the connection shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "tasksync-notices";

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotices.class);
    private static final int WAIT_MILLIS = 250;
    /** A connection lost without a word (a dropped route) shows at the next statement, at least this often. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;

    DatabaseNotices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Calls {@code forget} at each notice on {@code channel} (a plain lower-case name) and whenever
     * notices may have been missed. Listeners register before the node starts.
     */
    public void listen(String channel, Runnable forget) {
        if (!channel.matches("[a-z_]{1,63}")) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        if (running) {
            throw new IllegalStateException("listen to " + channel + " before the node starts");
        }
        listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /** True while this node hears every notice: its connection is up and listening on every channel. */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        var listener = new Thread(this::run, "database-notices");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        var listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        var backoff = Duration.ofMillis(500);
        while (running) {
            try (var connection = open()) {
                try (var statement = connection.createStatement()) {
                    for (var channel : listeners.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                listening = true;
                forgetAll(); // whatever came while this node could not hear
                log.debug("Listening to the database's notices on {}", listeners.keySet());
                backoff = Duration.ofMillis(500);
                hear(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("The database's notices are not heard ({}); API tokens are read from the database at every"
                            + " call until they are again. Trying again in {} ms", e.getMessage(), backoff.toMillis());
                }
            } finally {
                listening = false;
                forgetAll();
            }
            pause(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private void hear(Connection connection) throws SQLException {
        var notices = connection.unwrap(PGConnection.class);
        var checked = System.nanoTime();
        while (running) {
            var heard = notices.getNotifications(WAIT_MILLIS);
            if (heard != null) {
                for (var notice : heard) {
                    listeners.getOrDefault(notice.getName(), List.of()).forEach(Runnable::run);
                }
            }
            if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                checked = System.nanoTime();
            }
        }
    }

    private void forgetAll() {
        listeners.values().forEach(forgets -> forgets.forEach(Runnable::run));
    }

    /** A connection of its own, with the pool's address and account, so that the pool keeps all of its. */
    private Connection open() throws SQLException {
        var pool = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        if (pool == null || pool.getJdbcUrl() == null) {
            return dataSource.getConnection();
        }
        var properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "30");
        var connection = new org.postgresql.Driver().connect(pool.getJdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL address: " + pool.getJdbcUrl());
        }
        connection.setAutoCommit(true);
        return connection;
    }

    private void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
