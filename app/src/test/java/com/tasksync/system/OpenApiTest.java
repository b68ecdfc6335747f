package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class OpenApiTest extends AppTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void servesTheDescriptionWithoutSignIn() {
        var response = anonymous().get("/openapi.yaml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).startsWith("openapi: 3.1.0");
    }

    @Test
    void servesTheDescriptionAsYaml() {
        assertThat(anonymous().get("/openapi.yaml").contentType()).startsWith("application/yaml");
    }

    @Test
    void documentsEveryApiPathTheAppServes() {
        var description = anonymous().get("/openapi.yaml").text();

        var apiPaths = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/"))
                .toList();

        assertThat(apiPaths).isNotEmpty();
        assertThat(apiPaths).allSatisfy(path -> assertThat(description).contains("  " + path + ":"));
    }
}
