package kneadwise.outcomes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every session log, read as a stream for a Bulk Data export: rows come from PostgreSQL in batches through a cursor,
 * so a million logs never sit in memory at once.
 */
@Service
public class AllSessionLogs {

    /** A log with whose it is. */
    public record OwnedLog(SessionLog log, UUID patientId) {}

    /** Rows per round trip to PostgreSQL. */
    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final SessionLogs logs;

    AllSessionLogs(DataSource dataSource, SessionLogs logs) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
        this.logs = logs;
    }

    /**
     * Hands each log to {@code each}, course by course and session by session.
     *
     * @param patients these patients' logs alone, or everyone's when null
     * @param since only logs recorded after this time (a log does not change after), or all when null
     */
    @Transactional(readOnly = true)
    public void forEach(UUID @Nullable [] patients, @Nullable Instant since, Consumer<OwnedLog> each) {
        Timestamp after = since == null ? null : Timestamp.from(since);
        jdbc.query(
                """
                SELECT * FROM outcomes_session_log
                WHERE (CAST(? AS uuid[]) IS NULL OR patient_id = ANY(?))
                  AND (CAST(? AS timestamptz) IS NULL OR recorded_at > ?)
                ORDER BY course_id, session
                """,
                row -> {
                    each.accept(new OwnedLog(logs.logOf(row), row.getObject("patient_id", UUID.class)));
                },
                patients,
                patients,
                after,
                after);
    }
}
