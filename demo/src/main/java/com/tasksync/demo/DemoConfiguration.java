package com.tasksync.demo;

import com.tasksync.salesforce.client.pubsub.PubSubEndpoint;
import com.tasksync.task.Tasks;
import com.tasksync.user.Users;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the default run; nothing here exists unless {@code tasksync.demo.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("tasksync.demo.enabled")
class DemoConfiguration {

    @Bean(destroyMethod = "close")
    DemoSalesforce demoSalesforce(DemoProperties properties) {
        return DemoSalesforce.start(properties.emulatorPort());
    }

    /** The emulator's Pub/Sub API, trusting its self-signed certificate, for the change streams. */
    @Bean
    PubSubEndpoint demoPubSubEndpoint(DemoSalesforce salesforce) {
        return salesforce.pubSubEndpoint();
    }

    @Bean
    DemoSeeder demoSeeder(Users users, Tasks tasks, Clock clock) {
        return new DemoSeeder(users, tasks, clock);
    }
}
