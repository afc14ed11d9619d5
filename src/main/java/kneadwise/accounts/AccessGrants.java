package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The patient's own grants of access to their record ({@code accounts_access_grant}). A grant starts as an invitation
 * mailed to an address; it gives access only once an account with a verified email accepts it through the
 * invitation's own link, and from then on to that account alone (issue 16, item 1). No grant is ever matched by
 * address.
 */
@Repository
class AccessGrants implements RecordAccessRule {

    /** How long an invitation link works. */
    static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

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
            @Nullable Instant acceptedAt) {

        boolean accepted() {
            return acceptedAt != null;
        }
    }

    /** A grant and, when it still waits to be accepted, the secret of its newly mailed link. */
    record Invitation(Grant grant, @Nullable String token) {}

    /** An invitation as its recipient sees it: who invited them, for what. */
    record Invited(UUID grantId, UUID patientId, Kind kind) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessGrants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Invites someone by email, or returns the standing grant to the same address. A grant still waiting gets a new
     * link (the old one stops working); an accepted one gets none.
     */
    Invitation invite(UUID patientId, String granteeEmail, Kind kind) {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                INSERT INTO accounts_access_grant (id, patient_id, grantee_email, grantee_email_key, kind, granted_at)
                VALUES (:id, :patientId, :email, :emailKey, :kind, :now)
                ON CONFLICT (patient_id, grantee_email_key) WHERE revoked_at IS NULL DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("patientId", patientId)
                .param("email", granteeEmail.strip())
                .param("emailKey", AccountRepository.emailKey(granteeEmail))
                .param("kind", kind.name())
                .param("now", AccountRepository.utc(now))
                .update();
        Grant grant = standing(patientId).stream()
                .filter(standing -> AccountRepository.emailKey(standing.granteeEmail())
                        .equals(AccountRepository.emailKey(granteeEmail)))
                .findFirst()
                .orElseThrow();
        if (grant.accepted()) {
            return new Invitation(grant, null);
        }
        String token = Secrets.newSecret();
        jdbc.sql("""
                UPDATE accounts_access_grant
                SET invitation_hash = :hash, invitation_expires_at = :expiresAt
                WHERE id = :id
                """)
                .param("hash", Secrets.sha256(token))
                .param("expiresAt", AccountRepository.utc(now.plus(INVITATION_LIFETIME)))
                .param("id", grant.id())
                .update();
        return new Invitation(grant, token);
    }

    /** The invitation a link stands for, while it can still be accepted. */
    Optional<Invited> invitation(String token) {
        return jdbc.sql("""
                SELECT id, patient_id, kind
                FROM accounts_access_grant
                WHERE invitation_hash = :hash
                  AND invitation_expires_at > :now
                  AND accepted_at IS NULL
                  AND revoked_at IS NULL
                """)
                .param("hash", Secrets.sha256(token))
                .param("now", AccountRepository.utc(Instant.now(clock)))
                .query((row, n) -> new Invited(
                        row.getObject("id", UUID.class),
                        row.getObject("patient_id", UUID.class),
                        Kind.valueOf(row.getString("kind"))))
                .optional();
    }

    /**
     * Accepts an invitation for an account (whose email the caller has checked is verified). The link works once;
     * a patient cannot accept their own.
     *
     * @return the accepted invitation; empty when the link is unknown, used, expired, revoked or the patient's own
     */
    Optional<Invited> accept(String token, UUID accountId) {
        return jdbc.sql("""
                UPDATE accounts_access_grant
                SET grantee_account_id = :accountId,
                    accepted_at = :now,
                    invitation_hash = NULL,
                    invitation_expires_at = NULL
                WHERE invitation_hash = :hash
                  AND invitation_expires_at > :now
                  AND accepted_at IS NULL
                  AND revoked_at IS NULL
                  AND patient_id <> :accountId
                RETURNING id, patient_id, kind
                """)
                .param("accountId", accountId)
                .param("now", AccountRepository.utc(Instant.now(clock)))
                .param("hash", Secrets.sha256(token))
                .query((row, n) -> new Invited(
                        row.getObject("id", UUID.class),
                        row.getObject("patient_id", UUID.class),
                        Kind.valueOf(row.getString("kind"))))
                .optional();
    }

    List<Grant> standing(UUID patientId) {
        return jdbc.sql("""
                SELECT id, grantee_email, kind, granted_at, accepted_at
                FROM accounts_access_grant
                WHERE patient_id = :patientId
                  AND revoked_at IS NULL
                ORDER BY granted_at
                """)
                .param("patientId", patientId)
                .query((row, n) -> {
                    OffsetDateTime accepted = row.getObject("accepted_at", OffsetDateTime.class);
                    return new Grant(
                            row.getObject("id", UUID.class),
                            row.getString("grantee_email"),
                            Kind.valueOf(row.getString("kind")),
                            row.getObject("granted_at", OffsetDateTime.class).toInstant(),
                            accepted == null ? null : accepted.toInstant());
                })
                .list();
    }

    /** @return false when the patient has no such standing grant (someone else's, or already revoked) */
    boolean revoke(UUID patientId, UUID grantId) {
        return jdbc.sql("""
                        UPDATE accounts_access_grant
                        SET revoked_at = :now, invitation_hash = NULL
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

    /** Ends every grant an account accepted (the account is being deleted). */
    void endAllTo(UUID accountId) {
        jdbc.sql("""
                UPDATE accounts_access_grant
                SET revoked_at = :now
                WHERE grantee_account_id = :accountId
                  AND revoked_at IS NULL
                """)
                .param("now", AccountRepository.utc(Instant.now(clock)))
                .param("accountId", accountId)
                .update();
    }

    @Override
    public boolean allows(Account viewer, UUID patientId) {
        return jdbc.sql("""
                        SELECT count(*)
                        FROM accounts_access_grant
                        WHERE patient_id = :patientId
                          AND grantee_account_id = :viewerId
                          AND accepted_at IS NOT NULL
                          AND revoked_at IS NULL
                        """)
                        .param("patientId", patientId)
                        .param("viewerId", viewer.id())
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
