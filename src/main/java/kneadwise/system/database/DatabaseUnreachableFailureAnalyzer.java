package kneadwise.system.database;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached or refuses us" at start-up into one paragraph instead of five nested stack
 * traces: which server, what it said, and what to check.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    /** The pool wraps the driver's own exception, which says what actually went wrong. */
    private static SQLException deepestSqlException(SQLException outer) {
        SQLException deepest = outer;
        for (Throwable t = outer.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                deepest = sql;
            }
        }
        return deepest;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        // SQLSTATE classes: 08 connection exception, 28 invalid authorisation, 3D000 no such database.
        if (state == null || !(state.startsWith("08") || state.startsWith("28") || state.equals("3D000"))) {
            return null;
        }
        String url = environment.getProperty("kneadwise.db.url", "");
        String reason = deepestSqlException(cause).getMessage();
        String where = url.isBlank() ? "its embedded database" : "the database at " + url;
        return new FailureAnalysis(
                "Kneadwise could not use " + where + ": " + reason,
                url.isBlank()
                        ? "Look at the embedded server's log (postgres.log in the data directory)."
                        : "Check that the server is running and accepts connections from here, and that"
                                + " KNEADWISE_DB_URL, KNEADWISE_DB_USER and KNEADWISE_DB_PASSWORD are right."
                                + " Unset KNEADWISE_DB_URL to use the embedded database instead.",
                cause);
    }
}
