package com.tasksync.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's HTTP server on the JDK's built-in server: reads each request, routes it,
 * runs the interceptors around the handler, and writes the answer, turning exceptions into
 * Salesforce's error bodies. No exception reaches the client as anything but a Salesforce body.
 */
public final class HttpFront implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());

    static {
        // Headers and body go out as two writes; without TCP_NODELAY the body waits ~40 ms for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Router router;
    private final List<Interceptor> interceptors;
    private final HttpServer server;
    private final ExecutorService executor;

    public HttpFront(String host, int port, Router router, List<Interceptor> interceptors) throws IOException {
        this.router = router;
        this.interceptors = List.copyOf(interceptors);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(16, Runtime.getRuntime().availableProcessors() * 8), r -> {
            Thread t = new Thread(r, "emulator-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        Response response;
        try {
            Request request = read(exchange);
            response = dispatch(request);
        } catch (DropConnection drop) {
            // The JDK server closes the connection, with nothing written, when a handler throws.
            throw drop;
        } catch (ApiException e) {
            response = e.toResponse();
        } catch (OAuthException e) {
            response = oauthError(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected error answering " + exchange.getRequestURI(), e);
            response = (new ApiException(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: " + Integer.toHexString(e.hashCode()))).toResponse();
        }
        write(exchange, response);
    }

    private Response dispatch(Request request) {
        try {
            Route route = router.resolve(request);
            return chain(0, route).handle(request);
        } catch (ApiException | OAuthException | DropConnection e) {
            throw e;
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

    private static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String method = exchange.getRequestMethod();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Request probe = new Request(method, exchange.getRequestURI().getPath(), rawQuery, exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        String override = probe.query("_HttpMethod");
        if ("POST".equals(probe.method()) && override != null) {
            return new Request(override, probe.path(), rawQuery, exchange.getRequestHeaders(), body, probe.remoteAddress());
        }
        return probe;
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        boolean empty = body.length == 0 || response.status() == 204 || response.status() == 304
                || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static Response oauthError(OAuthException e) {
        ObjectNode body = Json.object();
        body.put("error", e.error());
        body.put("error_description", e.getMessage());
        return Response.json(e.status(), body);
    }
}
