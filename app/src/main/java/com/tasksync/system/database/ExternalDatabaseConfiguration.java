package com.tasksync.system.database;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With {@code spring.datasource.url} set, checks the external server's durability at start. */
@Configuration(proxyBeanMethods = false)
@Conditional(DatasourceUrl.Present.class)
class ExternalDatabaseConfiguration {

    @Bean
    DurabilityCheck durabilityCheck(DataSource dataSource, DatabaseProperties properties) {
        return new DurabilityCheck(dataSource, properties.allowUnsafeDurability());
    }
}
