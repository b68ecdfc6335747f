package com.tasksync.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused database as start-up's short description and action, instead of a stack trace. */
public final class RefusedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<RefusedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RefusedDatabaseException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
