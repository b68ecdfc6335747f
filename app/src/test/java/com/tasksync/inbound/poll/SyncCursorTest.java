package com.tasksync.inbound.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a poll starts: the overlap before the watermark, narrowed by when the last read began. */
class SyncCursorTest {

    private static final Duration OVERLAP = Duration.ofSeconds(60);
    private static final Instant WATERMARK = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void withoutAKnownReadStartAPollStartsTheOverlapBeforeTheWatermark() {
        assertThat(cursor(null).readFrom(OVERLAP)).isEqualTo(Instant.parse("2026-12-02T09:59:00Z"));
    }

    @Test
    void aReadThatBeganWellAfterTheWatermarkLeavesOnlyTheWatermarkToReadFrom() {
        // an idle org ten minutes after a bulk change: nothing committed late can be older than the last read's
        // start minus the overlap, so the bulk is not read again
        assertThat(cursor(Instant.parse("2026-12-02T10:10:00Z")).readFrom(OVERLAP)).isEqualTo(WATERMARK);
    }

    @Test
    void aReadThatBeganWithinTheOverlapOfTheWatermarkStartsTheOverlapBeforeItsStart() {
        assertThat(cursor(Instant.parse("2026-12-02T10:00:30Z")).readFrom(OVERLAP))
                .isEqualTo(Instant.parse("2026-12-02T09:59:30Z"));
    }

    @Test
    void aReadStartBeforeTheWatermarkNeverReadsFromEarlierThanTheOverlapBeforeTheWatermark() {
        // a watermark moved forward by an enable, or a read start from an older run
        assertThat(cursor(Instant.parse("2026-12-02T09:00:00Z")).readFrom(OVERLAP))
                .isEqualTo(Instant.parse("2026-12-02T09:59:00Z"));
    }

    private static SyncCursor cursor(Instant readStartedAt) {
        return new SyncCursor("user:x", "00D000000000001AAA", UUID.randomUUID(), WATERMARK, Duration.ofSeconds(5),
                readStartedAt, null);
    }
}
