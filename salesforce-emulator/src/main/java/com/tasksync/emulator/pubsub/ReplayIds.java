package com.tasksync.emulator.pubsub;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;

/** Replay ids on the wire: eight bytes, a big-endian unsigned number, as Salesforce's clients read them. */
final class ReplayIds {

    private ReplayIds() {
    }

    static ByteString encode(long replayId) {
        return ByteString.copyFrom(ByteBuffer.allocate(Long.BYTES).putLong(replayId).array());
    }

    /** The number in a replay id, or -1 when the bytes are not one. */
    static long decode(ByteString bytes) {
        if (bytes.size() != Long.BYTES) {
            return -1;
        }
        long value = bytes.asReadOnlyByteBuffer().getLong();
        return value < 0 ? -1 : value;
    }
}
