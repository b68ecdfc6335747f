package com.tasksync.system;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The key a client address is counted under: an IPv4 address as it is, an IPv6 address by its
 * /64 network, since one IPv6 client usually holds a whole /64 and could otherwise rotate through it.
 */
final class SourceAddress {

    /** Only a literal is parsed, so no text can make this look a name up. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private SourceAddress() {}

    static String keyOf(String remoteAddress) {
        if (remoteAddress == null) {
            return "unknown";
        }
        var literal = remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
                ? remoteAddress.substring(1, remoteAddress.length() - 1)
                : remoteAddress;
        if (literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
            return remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
        }
        try {
            var address = InetAddress.getByName(literal);
            if (address instanceof Inet6Address) {
                var bytes = address.getAddress();
                var network = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return network.append(":/64").toString();
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
