package kneadwise.checkin;

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
 * Every check-in people kept in their record, read as a stream for a Bulk Data export: rows come from PostgreSQL in
 * batches through a cursor, so they never sit in memory all at once.
 */
@Service
public class AllCheckins {

    /** Rows per round trip to PostgreSQL (an intake and its assessment are a few kilobytes). */
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final SavedAssessments saved;

    AllCheckins(DataSource dataSource, SavedAssessments saved) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
        this.saved = saved;
    }

    /**
     * Hands each kept check-in to {@code each}, person by person, oldest first.
     *
     * @param patients these patients' check-ins alone, or everyone's when null
     * @param since only check-ins kept after this time (a kept check-in does not change), or all when null
     */
    @Transactional(readOnly = true)
    public void forEach(UUID @Nullable [] patients, @Nullable Instant since, Consumer<KeptCheckin> each) {
        Timestamp after = since == null ? null : Timestamp.from(since);
        jdbc.query(
                """
                SELECT id, account_id, created_at, intake, assessment FROM checkin_saved_assessment
                WHERE (CAST(? AS uuid[]) IS NULL OR account_id = ANY(?))
                  AND (CAST(? AS timestamptz) IS NULL OR created_at > ?)
                ORDER BY account_id, created_at, id
                """,
                row -> {
                    SavedAssessments.Saved kept = saved.savedOf(row);
                    each.accept(new KeptCheckin(
                            kept.id(),
                            row.getObject("account_id", UUID.class),
                            kept.createdAt(),
                            kept.intake(),
                            kept.assessment()));
                },
                patients,
                patients,
                after,
                after);
    }
}
