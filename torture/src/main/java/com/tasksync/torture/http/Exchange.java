package com.tasksync.torture.http;

import java.time.Instant;

/**
 * What became of one request: an answer, a refusal before anything was sent (the process was
 * down, so nothing happened), or a request whose answer was lost (it may or may not have taken effect).
 *
 * @param sentAt when the request left
 * @param doneAt when its answer came or its failure was seen
 */
public record Exchange(Reply reply, Failure failure, String error, Instant sentAt, Instant doneAt) {

    /** Why no answer came. */
    public enum Failure { NONE, NOT_SENT, ANSWER_LOST }

    public boolean answered() {
        return reply != null;
    }

    public boolean acknowledged() {
        return reply != null && reply.ok();
    }

    /** The request may have taken effect without our knowing: it was sent and no answer came. */
    public boolean uncertain() {
        return failure == Failure.ANSWER_LOST;
    }

    public String describe() {
        return reply != null ? reply.brief() : failure + " (" + error + ")";
    }
}
