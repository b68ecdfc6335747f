package com.tasksync.emulator.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's HTTP server, on Jetty's core server: reads each request, routes it, runs the
 * interceptors around the handler, and writes the answer, turning exceptions into Salesforce's
 * error bodies. The {@code Date} header comes from the emulator's clock, as a server's comes
 * from its own: clients that read the server's time see the moved clock.
 */
public final class HttpFront implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());
    /** The emulator refuses request bodies over 50 MB, its own bound. */
    static final int MAX_BODY_BYTES = 50 * 1024 * 1024;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Router router;
    private final List<Interceptor> interceptors;
    private final Supplier<Instant> clock;
    private final Server server;
    private final ServerConnector connector;

    public HttpFront(String host, int port, Router router, List<Interceptor> interceptors, Supplier<Instant> clock) {
        this.router = router;
        this.interceptors = List.copyOf(interceptors);
        this.clock = clock;
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("emulator-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendDateHeader(false);
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        // Salesforce takes a URI, and a URI with its headers, of up to 16,384 bytes (414 and 431 beyond).
        config.setRequestHeaderSize(16_384);
        // Salesforce answers paths with empty segments (an instance URL ending in '/' gives
        // "//services/data/..."), so the emulator reads them with the empty segments dropped.
        config.setUriCompliance(UriCompliance.DEFAULT.with("salesforce", UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
        this.connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(256);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrorHandler());
        server.setHandler(new org.eclipse.jetty.server.Handler.Abstract(org.eclipse.jetty.util.thread.Invocable.InvocationType.BLOCKING) {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                    Callback callback) {
                serve(request, response, callback);
                return true;
            }
        });
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the emulator could not listen on " + connector.getHost() + ":" + connector.getPort(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(Level.FINE, "stopping the emulator's server", e);
        }
    }

    private void serve(org.eclipse.jetty.server.Request exchange, org.eclipse.jetty.server.Response out, Callback callback) {
        Response response;
        try {
            response = dispatch(read(exchange));
        } catch (DropConnection drop) {
            exchange.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(drop);
            return;
        } catch (ApiException e) {
            response = e.toResponse();
        } catch (OAuthException e) {
            response = oauthError(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected error answering " + exchange.getHttpURI().getPath(), e);
            response = new ApiException(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: "
                    + Integer.toHexString(e.hashCode())).toResponse();
        }
        write(exchange, out, response, callback);
    }

    private Response dispatch(Request request) {
        try {
            Route route = router.resolve(request);
            return chain(0, route).handle(request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Handler chain(int index, Route route) {
        if (index == interceptors.size()) {
            return route.handler();
        }
        Interceptor interceptor = interceptors.get(index);
        Handler next = chain(index + 1, route);
        return request -> interceptor.around(request, route, next);
    }

    private static Request read(org.eclipse.jetty.server.Request exchange) {
        if (exchange.getLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(exchange)) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new DropConnection();
        }
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : exchange.getHeaders()) {
            headers.computeIfAbsent(field.getName(), k -> new java.util.ArrayList<>()).add(field.getValue());
        }
        String path = exchange.getHttpURI().getDecodedPath().replaceAll("/{2,}", "/");
        String rawQuery = exchange.getHttpURI().getQuery();
        String remote = org.eclipse.jetty.server.Request.getRemoteAddr(exchange);
        Request probe = new Request(exchange.getMethod(), path, rawQuery, headers, body, remote);
        String override = probe.query("_HttpMethod");
        if ("POST".equals(probe.method()) && override != null) {
            return new Request(override, path, rawQuery, headers, body, remote);
        }
        return probe;
    }

    private static ApiException tooLarge() {
        return new ApiException(413, JsonErrorHandler.errorCode(413), "The request body is larger than " + MAX_BODY_BYTES
                + " bytes");
    }

    private void write(org.eclipse.jetty.server.Request exchange, org.eclipse.jetty.server.Response out, Response response,
            Callback callback) {
        out.setStatus(response.status());
        out.getHeaders().put(HttpHeader.DATE, HTTP_DATE.format(clock.get()));
        response.headers().forEach((k, v) -> out.getHeaders().put(k, v));
        byte[] body = response.body();
        boolean empty = body.length == 0 || response.status() == 204 || response.status() == 304
                || "HEAD".equals(exchange.getMethod());
        if (empty) {
            callback.succeeded();
            return;
        }
        out.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        out.write(true, ByteBuffer.wrap(body), callback);
    }

    static Response oauthError(OAuthException e) {
        ObjectNode body = Json.object();
        body.put("error", e.error());
        body.put("error_description", e.getMessage());
        return Response.json(e.status(), body);
    }
}
