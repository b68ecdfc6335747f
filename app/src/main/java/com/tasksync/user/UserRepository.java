package com.tasksync.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. Emails are unique regardless of case. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UserAccount user) {
        jdbc.sql("""
                insert into app_user (id, email, password_hash, time_zone, admin, active, created_at)
                values (:id, :email, :hash, :zone, :admin, :active, :createdAt)
                """)
                .param("id", user.id())
                .param("email", user.email())
                .param("hash", user.passwordHash())
                .param("zone", user.timeZone().getId())
                .param("admin", user.admin())
                .param("active", user.active())
                .param("createdAt", user.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from app_user where lower(email) = lower(:email)")
                        .param("email", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select * from app_user where lower(email) = lower(:email)")
                .param("email", email)
                .query(UserRepository::map)
                .optional();
    }

    Optional<UserAccount> findById(UUID id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(UserRepository::map).optional();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("select * from app_user order by lower(email)").query(UserRepository::map).list();
    }

    boolean setActive(UUID id, boolean active) {
        return jdbc.sql("update app_user set active = :active where id = :id")
                        .param("active", active)
                        .param("id", id)
                        .update()
                == 1;
    }

    long countActiveAdmins() {
        return jdbc.sql("select count(*) from app_user where admin and active").query(Long.class).single();
    }

    void makeActiveAdmin(UUID id) {
        jdbc.sql("update app_user set admin = true, active = true where id = :id").param("id", id).update();
    }

    void chooseTimeZone(UUID id, ZoneId zone) {
        jdbc.sql("update app_user set time_zone = :zone, time_zone_chosen = true where id = :id")
                .param("zone", zone.getId())
                .param("id", id)
                .update();
    }

    Optional<String> languageOf(UUID id) {
        return jdbc.sql("select language from app_user where id = :id")
                .param("id", id)
                .query((rs, row) -> Optional.ofNullable(rs.getString("language")))
                .optional()
                .flatMap(language -> language);
    }

    void chooseLanguage(UUID id, String language) {
        jdbc.sql("update app_user set language = :language where id = :id")
                .param("language", language)
                .param("id", id)
                .update();
    }

    boolean timeZoneChosen(UUID id) {
        return jdbc.sql("select time_zone_chosen from app_user where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("password_hash"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getBoolean("admin"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant());
    }
}
