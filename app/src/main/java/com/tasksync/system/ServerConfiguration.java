package com.tasksync.system;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet container's side of the rules: the request body cap (for forms too), Tomcat's
 * own error reports as problem bodies, and the OpenAPI description served as YAML.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(SecurityProperties properties, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(properties.maxRequestBody().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    TomcatRules tomcatRules(SecurityProperties properties) {
        return new TomcatRules(properties.maxRequestBody().toBytes());
    }

    /** Runs after Boot's own Tomcat customizer, so its plain error report valve can be replaced. */
    static final class TomcatRules implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final long maxBody;

        TomcatRules(long maxBody) {
            this.maxBody = maxBody;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addConnectorCustomizers(connector -> connector.setMaxPostSize((int) Math.min(maxBody, Integer.MAX_VALUE)));
            factory.addContextCustomizers(context -> {
                context.addMimeMapping("yaml", "application/yaml");
                var host = (StandardHost) context.getParent();
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                for (var valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
