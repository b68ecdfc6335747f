package com.tasksync.system.database;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether {@code spring.datasource.url} names an external PostgreSQL. Empty counts as absent:
 * {@code application.yml} declares it empty, which Boot's own property conditions take as set.
 */
public final class DatasourceUrl {

    private DatasourceUrl() {}

    static boolean isSet(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    public static final class Absent implements ConfigurationCondition {

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.PARSE_CONFIGURATION;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isSet(context);
        }
    }

    public static final class Present implements ConfigurationCondition {

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.PARSE_CONFIGURATION;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isSet(context);
        }
    }
}
