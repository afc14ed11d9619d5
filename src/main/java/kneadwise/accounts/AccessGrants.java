package kneadwise.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The patient's own grants of access to their record ({@code accounts_access_grant}). */
@Repository
class AccessGrants implements RecordAccessRule {

    /** Who is given access. */
    enum Kind {
        THERAPIST,
        CLINICIAN
    }

    record Grant(
            UUID id,
            String granteeEmail,
            Kind kind,
            Instant grantedAt,
            @Nullable Instant revokedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessGrants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Grants access, or returns the standing grant to the same person. */
    Grant grant(UUID patientId, String granteeEmail, Kind kind) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accounts_access_grant (id, patient_id, grantee_email, grantee_email_key, kind, granted_at)
                VALUES (:id, :patientId, :email, :emailKey, :kind, :now)
                ON CONFLICT (patient_id, grantee_email_key) WHERE revoked_at IS NULL DO NOTHING
                """)
                .param("id", id)
                .param("patientId", patientId)
                .param("email", granteeEmail.strip())
                .param("emailKey", AccountRepository.emailKey(granteeEmail))
                .param("kind", kind.name())
                .param("now", AccountRepository.utc(Instant.now(clock)))
                .update();
        return standing(patientId).stream()
                .filter(grant -> AccountRepository.emailKey(grant.granteeEmail())
                        .equals(AccountRepository.emailKey(granteeEmail)))
                .findFirst()
                .orElseThrow();
    }

    List<Grant> standing(UUID patientId) {
        return jdbc.sql("""
                SELECT id, grantee_email, kind, granted_at, revoked_at
                FROM accounts_access_grant
                WHERE patient_id = :patientId
                  AND revoked_at IS NULL
                ORDER BY granted_at
                """)
                .param("patientId", patientId)
                .query((row, n) -> new Grant(
                        row.getObject("id", UUID.class),
                        row.getString("grantee_email"),
                        Kind.valueOf(row.getString("kind")),
                        row.getObject("granted_at", OffsetDateTime.class).toInstant(),
                        null))
                .list();
    }

    /** @return false when the patient has no such standing grant (someone else's, or already revoked) */
    boolean revoke(UUID patientId, UUID grantId) {
        return jdbc.sql("""
                        UPDATE accounts_access_grant
                        SET revoked_at = :now
                        WHERE id = :id
                          AND patient_id = :patientId
                          AND revoked_at IS NULL
                        """)
                        .param("now", AccountRepository.utc(Instant.now(clock)))
                        .param("id", grantId)
                        .param("patientId", patientId)
                        .update()
                == 1;
    }

    @Override
    public boolean allows(Account viewer, UUID patientId) {
        return jdbc.sql("""
                        SELECT count(*)
                        FROM accounts_access_grant
                        WHERE patient_id = :patientId
                          AND grantee_email_key = :emailKey
                          AND revoked_at IS NULL
                        """)
                        .param("patientId", patientId)
                        .param("emailKey", AccountRepository.emailKey(viewer.email()))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
