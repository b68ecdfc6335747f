package com.tasksync.salesforce.client.pubsub;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A position in a topic's event stream, opaque bytes as Salesforce hands them out. Store it with
 * {@link #toBase64()} and read it back with {@link #fromBase64}; never compute one.
 */
public final class ReplayId {

    private final byte[] bytes;

    private ReplayId(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static ReplayId of(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a replay id has bytes");
        }
        return new ReplayId(bytes);
    }

    public static ReplayId fromBase64(String text) {
        return of(Base64.getDecoder().decode(text));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplayId id && Arrays.equals(bytes, id.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}
