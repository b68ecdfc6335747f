package com.tasksync.system.database;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code spring.datasource.url} set, checks at start that the external server keeps what it
 * acknowledged and asks for a password.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatasourceUrl.Present.class)
class ExternalDatabaseConfiguration {

    @Bean
    DurabilityCheck durabilityCheck(DataSource dataSource, DatabaseProperties properties) {
        return new DurabilityCheck(dataSource, properties.allowUnsafeDurability());
    }

    @Bean
    PasswordCheck passwordCheck(DataSource dataSource, DatabaseProperties properties) {
        return new PasswordCheck(dataSource, properties.allowPasswordless());
    }
}
