package kneadwise.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one paragraph which process holds the database files and how to free them, instead of a stack trace. */
class LeftoverDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<LeftoverDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LeftoverDatabaseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop it (kill " + cause.pid() + ", or kill -9 " + cause.pid() + " if it stays), then start again."
                        + " If process " + cause.pid() + " is not PostgreSQL, delete " + cause.pidFile() + ".",
                cause);
    }
}
