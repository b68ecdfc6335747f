package com.tasksync.system.database;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses an external PostgreSQL that lets TaskSync's user in without checking its password (a
 * {@code trust} line of {@code pg_hba.conf} for this host): whoever reaches the server could then
 * read and change every rep's tasks and Salesforce tokens. It opens one connection of its own, with
 * the pool's URL and user and a password that cannot be right; the server accepting it is the proof.
 * A refusal for the password is what a protected server answers; any other failure says nothing
 * either way and is only logged. {@code tasksync.database.allow-passwordless=true} makes a server
 * that does not ask a warning instead.
 */
final class PasswordCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);

    static final String ALLOW_PROPERTY = "tasksync.database.allow-passwordless";

    /** A password named in the URL would win over the one given beside it. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&])password=[^&]*&?");

    private final DataSource dataSource;
    private final boolean allowPasswordless;

    PasswordCheck(DataSource dataSource, boolean allowPasswordless) {
        this.dataSource = dataSource;
        this.allowPasswordless = allowPasswordless;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        String url;
        String user;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        if (!acceptsWrongPassword(url, user)) {
            return;
        }
        var description = "The external PostgreSQL (spring.datasource.url) let user '" + user + "' in with a wrong"
                + " password: it does not check passwords for connections from this host (a trust line of its"
                + " pg_hba.conf), so anyone who can reach it can read and change every rep's tasks and Salesforce"
                + " tokens.";
        if (allowPasswordless) {
            log.warn("{} Starting anyway because {}=true.", description, ALLOW_PROPERTY);
            return;
        }
        throw new RefusedDatabaseException(description, "Make pg_hba.conf ask for a password (scram-sha-256) for"
                + " this host and give TaskSync's user one, or set " + ALLOW_PROPERTY + "=true to start anyway on a"
                + " server nobody else can reach.");
    }

    static boolean acceptsWrongPassword(String url, String user) {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", wrongPassword());
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("ApplicationName", "TaskSync password check");
        try (var connection = DriverManager.getConnection(withoutPassword(url), properties)) {
            return connection.isValid(5);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                return false; // invalid_password or invalid_authorization_specification: the server checks
            }
            log.info("Could not tell whether the external PostgreSQL checks passwords ({}: {})", e.getSQLState(),
                    e.getMessage());
            return false;
        }
    }

    static String withoutPassword(String url) {
        var stripped = PASSWORD_PARAMETER.matcher(url).replaceAll("$1");
        return stripped.endsWith("?") || stripped.endsWith("&") ? stripped.substring(0, stripped.length() - 1)
                : stripped;
    }

    private static String wrongPassword() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "not-" + HexFormat.of().formatHex(bytes);
    }
}
