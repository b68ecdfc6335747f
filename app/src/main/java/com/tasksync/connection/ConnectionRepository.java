package com.tasksync.connection;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code salesforce_connection} table: one row per connected user, tokens encrypted. */
@Repository
class ConnectionRepository {

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    ConnectionRepository(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void save(UUID userId, URI loginHost, SalesforceTokens tokens, Instant connectedAt) {
        jdbc.sql("""
                insert into salesforce_connection (user_id, login_host, instance_url, org_id, salesforce_user_id,
                    username, access_token, refresh_token, connected_at)
                values (:userId, :loginHost, :instanceUrl, :orgId, :sfUserId, :username, :access, :refresh, :at)
                on conflict (user_id) do update set login_host = excluded.login_host,
                    instance_url = excluded.instance_url, org_id = excluded.org_id,
                    salesforce_user_id = excluded.salesforce_user_id, username = excluded.username,
                    access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                    connected_at = excluded.connected_at
                """)
                .param("userId", userId)
                .param("loginHost", loginHost.toString())
                .param("instanceUrl", tokens.instanceUrl().toString())
                .param("orgId", tokens.organizationId())
                .param("sfUserId", tokens.salesforceUserId())
                .param("username", tokens.username())
                .param("access", cipher.encrypt(tokens.accessToken()))
                .param("refresh", tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken()))
                .param("at", connectedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<StoredConnection> find(UUID userId) {
        return jdbc.sql("select * from salesforce_connection where user_id = :userId")
                .param("userId", userId)
                .query(ConnectionRepository::map)
                .optional();
    }

    Optional<SalesforceTokens> tokens(UUID userId) {
        return jdbc.sql("select * from salesforce_connection where user_id = :userId")
                .param("userId", userId)
                .query((rs, row) -> tokens(rs, cipher))
                .optional();
    }

    /** The decrypted tokens of a row of a table with this one's token columns (org_integration has them too). */
    static SalesforceTokens tokens(ResultSet rs, TokenCipher cipher) throws SQLException {
        return new SalesforceTokens(
                cipher.decrypt(rs.getBytes("access_token")),
                rs.getBytes("refresh_token") == null ? null : cipher.decrypt(rs.getBytes("refresh_token")),
                URI.create(rs.getString("instance_url")),
                rs.getString("org_id"),
                rs.getString("salesforce_user_id"),
                rs.getString("username"));
    }

    java.util.Map<String, Long> usersByOrg() {
        var out = new java.util.TreeMap<String, Long>();
        jdbc.sql("select org_id, count(*) as users from salesforce_connection where org_id is not null group by org_id")
                .query((rs, row) -> out.put(rs.getString("org_id"), rs.getLong("users"))).list();
        return out;
    }

    boolean delete(UUID userId) {
        return jdbc.sql("delete from salesforce_connection where user_id = :userId").param("userId", userId).update()
                == 1;
    }

    private static StoredConnection map(ResultSet rs, int row) throws SQLException {
        return new StoredConnection(
                rs.getObject("user_id", UUID.class),
                URI.create(rs.getString("login_host")),
                URI.create(rs.getString("instance_url")),
                rs.getString("org_id"),
                rs.getString("salesforce_user_id"),
                rs.getString("username"),
                rs.getObject("connected_at", OffsetDateTime.class).toInstant());
    }
}
