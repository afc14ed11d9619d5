package kneadwise.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused second start on the same data directory into a short explanation and what to do. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage()
                        + " Two servers on one embedded database would corrupt it, so this one did not start.",
                "Stop the other server first (Ctrl-C in its terminal), or give this one its own directory: "
                        + "./kneadwise serve --data-dir <another directory>.",
                cause);
    }
}
