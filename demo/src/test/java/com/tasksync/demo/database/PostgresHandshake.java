package com.tasksync.demo.database;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The first step of PostgreSQL's wire protocol over its Unix socket, which the JDBC driver cannot
 * use: a start-up message as the superuser, and the server's answer, which says whether it wants
 * a password before letting the client in.
 */
final class PostgresHandshake {

    /** AuthenticationOk: in without a password. */
    static final int OK = 0;
    /** AuthenticationSASL: a SCRAM exchange is required. */
    static final int SASL = 10;

    private static final int PROTOCOL_3_0 = 196608;

    private PostgresHandshake() {}

    /** The authentication request the server answers a start-up message with, on {@code <directory>/.s.PGSQL.<port>}. */
    static int authenticationRequest(Path socketDirectory, int port) throws IOException {
        try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socketDirectory.resolve(".s.PGSQL." + port)));
            var parameters = "user\0postgres\0database\0postgres\0\0".getBytes(StandardCharsets.US_ASCII);
            var startup = ByteBuffer.allocate(8 + parameters.length)
                    .putInt(8 + parameters.length).putInt(PROTOCOL_3_0).put(parameters).flip();
            while (startup.hasRemaining()) {
                channel.write(startup);
            }
            var reply = ByteBuffer.allocate(9);
            while (reply.hasRemaining() && channel.read(reply) >= 0) {
                // a blocking read returns at least one byte, or -1 at the end
            }
            reply.flip();
            var type = (char) reply.get();
            if (type != 'R') {
                throw new IOException("expected an authentication request, got message type " + type);
            }
            reply.getInt(); // the message's length
            return reply.getInt();
        }
    }
}
