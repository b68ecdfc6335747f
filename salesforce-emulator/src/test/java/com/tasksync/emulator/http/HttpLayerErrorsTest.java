package com.tasksync.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests that the HTTP layer itself refuses, sent through a raw socket so that no client tidies
 * them first: each answer is Salesforce's error array in {@code application/json;charset=UTF-8}.
 */
class HttpLayerErrorsTest {

    private HttpFront front;

    @BeforeEach
    void start() {
        Router router = new Router()
                .get("/services/data", Access.PUBLIC, r -> Response.json(200, Json.array()))
                .post("/services/data/{version}/things", Access.PUBLIC, r -> Response.json(200, Json.object().put("bytes", r.body().length)));
        front = new HttpFront("127.0.0.1", 0, router, List.of(), Instant::now);
        front.start();
    }

    @AfterEach
    void stop() {
        front.close();
    }

    /** Status line, headers and body of the answer to raw request bytes. */
    private record Answer(int status, String headers, String body) {

        JsonNode error() {
            JsonNode array = Json.parse(body.getBytes(StandardCharsets.UTF_8));
            assertThat(array.isArray()).as(body).isTrue();
            return array.get(0);
        }
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", front.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    received.write(buffer, 0, n);
                    if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server may close or reset after answering; what arrived is the answer
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, text.substring(split + 4));
        }
    }

    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(text.substring(0, split));
        return m.find() && text.length() - split - 4 >= Integer.parseInt(m.group(1));
    }

    private Answer send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertSalesforceError(Answer answer, int status, String errorCode) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers()).containsIgnoringCase("Content-Type: application/json;charset=UTF-8");
        assertThat(answer.error().path("errorCode").asString()).isEqualTo(errorCode);
        assertThat(answer.error().path("message").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("<html");
    }

    @Test
    void badPercentEncodingInThePathIsABadRequestInJson() throws Exception {
        assertSalesforceError(send("GET /services/data/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n"), 400, "BAD_REQUEST");
    }

    @Test
    void encodedDotSegmentsAreABadRequestInJson() throws Exception {
        assertSalesforceError(send("GET /services/data/%2e%2e/x HTTP/1.1\r\nHost: x\r\n\r\n"), 400, "BAD_REQUEST");
    }

    @Test
    void aRequestLineWithoutAUriIsABadRequestInJson() throws Exception {
        assertSalesforceError(send("GARBAGE\r\n\r\n"), 400, "BAD_REQUEST");
    }

    @Test
    void anUnknownHttpVersionIsRefusedInJson() throws Exception {
        assertSalesforceError(send("GET /services/data HTTP/9.9\r\nHost: x\r\n\r\n"), 505, "HTTP_VERSION_NOT_SUPPORTED");
    }

    @Test
    void anUnknownMethodIsMethodNotAllowedInJson() throws Exception {
        assertSalesforceError(send("BREW /services/data HTTP/1.1\r\nHost: x\r\n\r\n"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aUriOverSixteenKilobytesIsUriTooLongInJson() throws Exception {
        assertSalesforceError(send("GET /services/data/" + "a".repeat(17_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414, "URI_TOO_LONG");
    }

    @Test
    void headersOverSixteenKilobytesAreTooLargeInJson() throws Exception {
        assertSalesforceError(send("GET /services/data HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(17_000) + "\r\n\r\n"), 431,
                "REQUEST_HEADER_FIELDS_TOO_LARGE");
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsReadInJson() throws Exception {
        assertSalesforceError(send("POST /services/data/v66.0/things HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (HttpFront.MAX_BODY_BYTES + 1) + "\r\n\r\n"), 413, "REQUEST_ENTITY_TOO_LARGE");
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsRefusedInJson() throws Exception {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("POST /services/data/v66.0/things HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i <= HttpFront.MAX_BODY_BYTES / chunk.length; i++) {
            request.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(chunk);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        assertSalesforceError(send(request.toByteArray()), 413, "REQUEST_ENTITY_TOO_LARGE");
    }

    @Test
    void emptyPathSegmentsAreReadAsOneSlash() throws Exception {
        Answer answer = send("GET //services//data HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[]");
    }
}
