package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenListener;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.support.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the emulator cannot show: its injected faults carry no Retry-After header (nor does
 * Salesforce document one), it does not report the headers it received, it never answers
 * 200 with a body that is not JSON (as a proxy's page would), and its Tooling API results are too
 * small to page. These behaviours alone are checked against a scripted server over real HTTP.
 */
class ScriptedServerTest {

    private record Scripted(int status, String retryAfter, String fixture) {
    }

    private final Queue<Scripted> script = new ConcurrentLinkedQueue<>();
    private final List<Headers> received = new CopyOnWriteArrayList<>();
    private final List<URI> requested = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private SalesforceClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders());
            requested.add(exchange.getRequestURI());
            Scripted next = script.remove();
            byte[] body = Fixtures.text(next.fixture()).getBytes(StandardCharsets.UTF_8);
            if (next.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", next.retryAfter());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(next.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI instance = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        SalesforceConnection connection = new SalesforceConnection(new ConnectionTokens(instance, "token", null),
                current -> {
                    throw new AssertionError("no renewal expected");
                }, TokenListener.ignoring());
        client = SalesforceClient.builder(connection)
                .settings(ClientSettings.defaults().withClientName("tasksync").withRetryPolicy(
                        new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(30))))
                .sleeper(waits::add)
                .build();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void waitsAsLongAsRetryAfterAsksBeforeTheNextAttempt() {
        script.add(new Scripted(503, "7", "error-unable-to-lock-row.json"));
        script.add(new Scripted(200, null, "query-count.json"));

        assertThat(client.count("SELECT COUNT() FROM Task")).isEqualTo(3214);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void leavesAWaitLongerThanItsMaximumToTheCaller() {
        script.add(new Scripted(503, "3600", "error-unable-to-lock-row.json"));

        assertThatThrownBy(() -> client.count("SELECT COUNT() FROM Task"))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.retryAfter()).contains(Duration.ofHours(1));
                });
        assertThat(waits).isEmpty();
        assertThat(script).isEmpty();
    }

    @Test
    void signsEveryCallAndNamesTheClientAndThePageSize() {
        script.add(new Scripted(200, null, "query-first-page.json"));
        script.add(new Scripted(200, null, "query-last-page.json"));

        assertThat(client.query("SELECT Id FROM Task", 500).count()).isEqualTo(3);

        assertThat(requested.get(0).getPath()).isEqualTo("/services/data/v66.0/query");
        assertThat(requested.get(0).getQuery()).isEqualTo("q=SELECT Id FROM Task");
        assertThat(requested.get(1)).hasToString("/services/data/v66.0/query/01gD0000002HU6KIAW-2000");
        assertThat(received).hasSize(2).allSatisfy(headers -> {
            assertThat(headers.getFirst("Authorization")).isEqualTo("Bearer token");
            assertThat(headers.getFirst("Sforce-Call-Options")).isEqualTo("client=tasksync");
            assertThat(headers.getFirst("Sforce-Query-Options")).isEqualTo("batchSize=500");
        });
    }

    @Test
    void followsTheToolingApisNextRecordsUrl() {
        script.add(new Scripted(200, null, "tooling-query-first-page.json"));
        script.add(new Scripted(200, null, "tooling-query-last-page.json"));

        List<String> selected = client.toolingQuery("SELECT Id, SelectedEntity FROM PlatformEventChannelMember")
                .map(member -> member.string("SelectedEntity")).toList();

        assertThat(selected).containsExactly("AccountChangeEvent", "LeadChangeEvent", "TaskChangeEvent");
        assertThat(requested.get(0).getPath()).isEqualTo("/services/data/v66.0/tooling/query");
        assertThat(requested.get(0).getQuery()).isEqualTo("q=SELECT Id, SelectedEntity FROM PlatformEventChannelMember");
        assertThat(requested.get(1)).hasToString("/services/data/v66.0/tooling/query/01gD0000002HU6KIAW-2");
        assertThat(received).allSatisfy(headers -> assertThat(headers.getFirst("Sforce-Query-Options")).isNull());
    }

    @Test
    void reportsASuccessfulAnswerThatIsNotJsonAsAPermanentError() {
        script.add(new Scripted(200, null, "proxy-page.html"));

        assertThatThrownBy(() -> client.count("SELECT COUNT() FROM Task"))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.errorCode()).isEqualTo("UNREADABLE_RESPONSE");
                    assertThat(failure.retryable()).isFalse();
                });
    }
}
