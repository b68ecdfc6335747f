package com.tasksync.demo.database;

import java.io.IOException;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A node reduced to its embedded database, run in a JVM of its own by {@link NodeProcess}. It
 * prints {@code ready <port>} once started, or {@code failed <ms> ms after its database start
 * began: <reason>} (the JVM's and Spring's own start-up not counted), and stops when its
 * standard input closes.
 */
public final class EmbeddedDatabaseNode {

    private static volatile long databaseStartBegan;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    @Import(EmbeddedDatabaseConfiguration.class)
    static class Node {

        @Bean
        static InstantiationAwareBeanPostProcessor databaseStartClock() {
            return new InstantiationAwareBeanPostProcessor() {
                @Override
                public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
                    if (beanName.equals("embeddedDatabase")) {
                        databaseStartBegan = System.nanoTime();
                    }
                    return null;
                }
            };
        }
    }

    private EmbeddedDatabaseNode() {}

    public static void main(String[] args) throws IOException {
        try (var context = new SpringApplicationBuilder(Node.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--tasksync.embedded-database.data-directory=" + args[0])) {
            System.out.println("ready " + context.getBean(EmbeddedDatabase.class).port());
            while (System.in.read() >= 0) {
                // runs until the test closes this node's standard input
            }
        } catch (RuntimeException e) {
            var elapsed = (System.nanoTime() - databaseStartBegan) / 1_000_000;
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.out.println("failed " + elapsed + " ms after its database start began: " + cause.getMessage());
            System.exit(2);
        }
    }
}
