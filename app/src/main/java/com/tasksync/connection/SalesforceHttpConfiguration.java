package com.tasksync.connection;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one HTTP client of this node for every Salesforce call: OAuth, identity, and the REST API of each user. */
@Configuration(proxyBeanMethods = false)
class SalesforceHttpConfiguration {

    @Bean
    HttpClient salesforceHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }
}
