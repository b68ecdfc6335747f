package com.tasksync.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP/1.1 over a plain socket, for what the JDK client will not send: a forged {@code Host},
 * TRACE, an encoded {@code /} in the path, a {@code Content-Length} with no body behind it. It can
 * also call from a loopback address of its own choosing (any of 127.0.0.0/8), so a test of the
 * per-address sign-in limit has an address no other test uses.
 */
public final class LoopbackHttp {

    private final String localAddress;
    private final int port;

    private LoopbackHttp(String localAddress, int port) {
        this.localAddress = localAddress;
        this.port = port;
    }

    public static LoopbackHttp from(String localAddress, int port) {
        return new LoopbackHttp(localAddress, port);
    }

    /** A loopback address other than 127.0.0.1, different on every call (to the odds of 1 in 16 million). */
    public static String freshAddress() {
        var random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    public String address() {
        return localAddress;
    }

    /**
     * Sends one request and reads the answer to the end. {@code Host} and {@code Connection: close}
     * are added unless given; {@code Content-Length} is added for a body unless a length or a transfer
     * encoding is given.
     */
    public Response send(String method, String target, List<String> headers, byte[] body) {
        var head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        headers.forEach(h -> head.append(h).append("\r\n"));
        var framed = headers.stream().anyMatch(h -> h.regionMatches(true, 0, "Content-Length:", 0, 15)
                || h.regionMatches(true, 0, "Transfer-Encoding:", 0, 18));
        if (body != null && !framed) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response get(String target, String... headers) {
        return send("GET", target, List.of(headers), null);
    }

    private static Response read(InputStream in) throws IOException {
        var status = line(in);
        var headers = new LinkedHashMap<String, List<String>>();
        for (var line = line(in); !line.isEmpty(); line = line(in)) {
            var colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        var chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
        var length = headers.get("content-length");
        var body = chunked ? dechunk(in)
                : length != null ? in.readNBytes(Integer.parseInt(length.get(0)))
                : in.readAllBytes();
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        var body = new ByteArrayOutputStream();
        for (var size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** An answer as read off the wire; header names in lower case. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }
}
