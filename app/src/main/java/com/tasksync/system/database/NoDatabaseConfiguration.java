package com.tasksync.system.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The production jar carries no database of its own: without {@code spring.datasource.url} (and
 * no embedded server, which only the demo jar brings) start-up stops and says what to set,
 * instead of Boot's generic "no suitable driver".
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(DatasourceUrl.Absent.class)
@ConditionalOnMissingBean(DataSource.class)
public class NoDatabaseConfiguration {

    @Bean
    DataSource missingDataSource() {
        throw new RefusedDatabaseException("No PostgreSQL is configured for TaskSync.",
                "Set SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/database), SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD to your PostgreSQL server, or run the demo jar "
                        + "(tasksync-demo), which starts an embedded one.");
    }
}
