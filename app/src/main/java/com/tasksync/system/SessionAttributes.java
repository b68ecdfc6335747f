package com.tasksync.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Browser sessions live in PostgreSQL. A browser sends several requests at once in one session (a page,
 * its live stamp, a form), and when none finds an attribute (a fresh CSRF token) each adds it: Spring
 * Session's plain insert of the second failed on the first's row and the page answered 500. Attributes
 * are written with PostgreSQL's upsert instead (the last write wins, as it does for a changed attribute).
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributes {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
