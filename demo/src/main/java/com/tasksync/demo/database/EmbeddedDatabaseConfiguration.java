package com.tasksync.demo.database;

import com.tasksync.system.database.DatasourceUrl;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL with the app when {@code spring.datasource.url} is empty, so one
 * command runs TaskSync on a fresh machine. With a URL set, Boot's own DataSource is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatasourceUrl.Absent.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
        return EmbeddedDatabase.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(ClientAuthentication.SUPERUSER);
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
