package kneadwise.fhir.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One export as stored ({@code export_job}).
 *
 * @param progress what the running job has written so far, for {@code X-Progress}
 * @param transactionTime when the data was read (set when a node starts writing)
 * @param expiresAt when a finished job and its files are deleted
 */
record ExportJob(
        UUID id,
        String clientId,
        ExportRequest request,
        State state,
        @Nullable String progress,
        @Nullable String error,
        @Nullable Instant transactionTime,
        Instant createdAt,
        @Nullable Instant expiresAt,
        List<ExportFile> files) {

    ExportJob {
        files = List.copyOf(files);
    }

    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** One NDJSON file of a finished job. */
    record ExportFile(int number, String type, long count) {}

    /** The same job with its files listed (they are read from their own table). */
    ExportJob withFiles(List<ExportFile> listed) {
        return new ExportJob(
                id, clientId, request, state, progress, error, transactionTime, createdAt, expiresAt, listed);
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
