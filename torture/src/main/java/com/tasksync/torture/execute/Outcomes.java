package com.tasksync.torture.execute;

import com.tasksync.torture.http.Exchange;

/** Sorts an exchange into the figures' operation outcomes. */
final class Outcomes {

    private Outcomes() {
    }

    static RunEvents.Outcome of(Exchange exchange) {
        if (exchange.acknowledged()) {
            return RunEvents.Outcome.ACKNOWLEDGED;
        }
        if (exchange.answered()) {
            return RunEvents.Outcome.REFUSED;
        }
        return exchange.uncertain() ? RunEvents.Outcome.ANSWER_LOST : RunEvents.Outcome.NOT_SENT;
    }

    /** Whether the exchange may have changed something: acknowledged, or sent with its answer lost. */
    static boolean mayHaveHappened(Exchange exchange) {
        return exchange.acknowledged() || exchange.uncertain();
    }
}
