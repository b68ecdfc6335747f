package com.tasksync.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table: tokens by the SHA-256 of their secret, each belonging to one user. */
@Repository
class ApiTokenRepository {

    /** A token found by its hash, with its user as stored now. */
    record Holder(ApiToken token, UserAccount user) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiToken token, byte[] hash) {
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, created_at)
                values (:id, :userId, :name, :hash, :createdAt)
                """)
                .param("id", token.id())
                .param("userId", token.userId())
                .param("name", token.name())
                .param("hash", hash)
                .param("createdAt", token.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    List<ApiToken> findByUser(UUID userId) {
        return jdbc.sql("select * from api_token where user_id = :userId order by created_at, id")
                .param("userId", userId)
                .query(ApiTokenRepository::map)
                .list();
    }

    long countByUser(UUID userId) {
        return jdbc.sql("select count(*) from api_token where user_id = :userId")
                .param("userId", userId)
                .query(Long.class)
                .single();
    }

    Optional<Holder> findByHash(byte[] hash) {
        return jdbc.sql("""
                select t.id, t.user_id, t.name, t.created_at, t.last_used_at,
                       u.email, u.password_hash, u.time_zone, u.admin, u.active, u.created_at as user_created_at
                from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = :hash
                """)
                .param("hash", hash)
                .query((rs, row) -> new Holder(map(rs, row), new UserAccount(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("password_hash"),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getBoolean("admin"),
                        rs.getBoolean("active"),
                        rs.getObject("user_created_at", OffsetDateTime.class).toInstant())))
                .optional();
    }

    boolean delete(UUID id, UUID userId) {
        return jdbc.sql("delete from api_token where id = :id and user_id = :userId")
                        .param("id", id)
                        .param("userId", userId)
                        .update()
                == 1;
    }

    /** Stamps the token as used now, unless it was already stamped after {@code notAfter}. */
    void markUsed(UUID id, Instant now, Instant notAfter) {
        jdbc.sql("""
                update api_token set last_used_at = :now
                where id = :id and (last_used_at is null or last_used_at < :notAfter)
                """)
                .param("id", id)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("notAfter", notAfter.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        var lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                lastUsed == null ? null : lastUsed.toInstant());
    }
}
