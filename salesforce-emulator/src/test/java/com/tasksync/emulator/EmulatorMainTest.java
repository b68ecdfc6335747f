package com.tasksync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.demo.DemoOrg;
import com.tasksync.emulator.support.HttpCalls;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {

    private static String printed(String output, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*: (\\S+)").matcher(output);
        assertThat(m.find()).as("prints %s in:%n%s", label, output).isTrue();
        return m.group(1);
    }

    @Test
    void startsWithTheDemoOrgAndPrintsCredentialsThatLogIn() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Emulator emulator = EmulatorMain.start(new String[] {"--port", "0", "--pubsub-port", "0"}, new PrintStream(buffer, true, StandardCharsets.UTF_8))) {
            String output = buffer.toString(StandardCharsets.UTF_8);
            assertThat(printed(output, "base URL (instance URL)")).isEqualTo(emulator.baseUrl());
            assertThat(printed(output, "username")).isEqualTo(DemoOrg.USERNAME);
            assertThat(output).contains(DemoOrg.REDIRECT_URIS.get(0));
            assertThat(printed(output, "Pub/Sub API (gRPC, TLS)")).isEqualTo(emulator.pubSub().endpoint());
            assertThat(emulator.changeDataCapture().feed(emulator.directory().orgs().iterator().next()).settings()
                    .selectedEntities()).containsExactly("Task");

            HttpResponse<String> token = new HttpCalls(emulator.baseUrl()).postForm("/services/oauth2/token", Map.of(
                    "grant_type", "password", "client_id", printed(output, "client id"),
                    "client_secret", printed(output, "client secret"), "username", printed(output, "username"),
                    "password", printed(output, "password")));

            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(printed(output, "integration user")).isEqualTo(DemoOrg.INTEGRATION_USERNAME);
            assertThat(printed(output, "integration password")).isEqualTo(DemoOrg.INTEGRATION_PASSWORD);
            assertThat(emulator.directory().orgs()).singleElement()
                    .satisfies(org -> assertThat(org.settings().setAuditFields()).isTrue());
        }
    }

    @Test
    void refusesUnknownOptions() {
        assertThatThrownBy(() -> EmulatorMain.start(new String[] {"--prot", "1"}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--prot");
    }
}
