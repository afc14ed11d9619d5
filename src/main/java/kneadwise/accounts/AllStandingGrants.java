package kneadwise.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kneadwise.accounts.AccessConsents.StandingGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every standing grant of access (a clinician a patient invited, not revoked), read as a stream for a Bulk Data
 * export: the FHIR Consents of the whole population.
 */
@Service
public class AllStandingGrants {

    /** Rows per round trip to PostgreSQL. */
    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;

    AllStandingGrants(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
    }

    /**
     * Hands each standing grant to {@code each}, patient by patient, oldest first.
     *
     * @param patients these patients' grants alone, or everyone's when null
     * @param since only grants made or accepted after this time, or all when null
     */
    @Transactional(readOnly = true)
    public void forEach(UUID @Nullable [] patients, @Nullable Instant since, Consumer<StandingGrant> each) {
        Timestamp after = since == null ? null : Timestamp.from(since);
        jdbc.query(
                """
                SELECT id, patient_id, grantee_email, kind, granted_at, accepted_at FROM accounts_access_grant
                WHERE revoked_at IS NULL
                  AND (CAST(? AS uuid[]) IS NULL OR patient_id = ANY(?))
                  AND (CAST(? AS timestamptz) IS NULL OR greatest(granted_at, accepted_at) > ?)
                ORDER BY patient_id, granted_at, id
                """,
                row -> {
                    OffsetDateTime accepted = row.getObject("accepted_at", OffsetDateTime.class);
                    each.accept(new StandingGrant(
                            row.getObject("id", UUID.class),
                            row.getObject("patient_id", UUID.class),
                            row.getString("grantee_email"),
                            row.getString("kind"),
                            row.getObject("granted_at", OffsetDateTime.class).toInstant(),
                            accepted == null ? null : accepted.toInstant()));
                },
                patients,
                patients,
                after,
                after);
    }
}
