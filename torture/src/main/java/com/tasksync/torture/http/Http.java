package com.tasksync.torture.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Sends requests on the JDK client over HTTP/1.1, never following redirects by itself. Each
 * instance has its own cookies, so one can play a browser without mixing sessions with others.
 */
public final class Http {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;

    private Http(HttpClient client) {
        this.client = client;
    }

    public static Http withoutCookies() {
        return new Http(builder().build());
    }

    public static Http withCookies() {
        return new Http(builder().cookieHandler(new CookieManager()).build());
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NEVER);
    }

    public Exchange exchange(String method, String url, Map<String, String> headers, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        var sentAt = Instant.now();
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            var reply = new Reply(response.statusCode(), response.headers(), response.body());
            return new Exchange(reply, Exchange.Failure.NONE, null, sentAt, Instant.now());
        } catch (ConnectException e) {
            return new Exchange(null, Exchange.Failure.NOT_SENT, e.toString(), sentAt, Instant.now());
        } catch (IOException e) {
            return new Exchange(null, Exchange.Failure.ANSWER_LOST, e.toString(), sentAt, Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(null, Exchange.Failure.ANSWER_LOST, "interrupted", sentAt, Instant.now());
        }
    }

    /** Like {@link #exchange}, for calls that must get an answer: a lost one is an error. */
    public Reply send(String method, String url, Map<String, String> headers, byte[] body) {
        var exchange = exchange(method, url, headers, body);
        if (!exchange.answered()) {
            throw new HarnessHttpException(method + " " + url + " got no answer: " + exchange.error());
        }
        return exchange.reply();
    }
}
