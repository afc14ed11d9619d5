package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import kneadwise.testing.DatabaseTest;
import kneadwise.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The audit log is append-only in the database itself, whoever asks. */
@DatabaseTest
class AuditLogTest {

    static final Account ACTOR =
            new Account(UUID.randomUUID(), "a@example.org", "Ann Actor", Role.THERAPIST, Instant.EPOCH);

    @Test
    void recordsWhoDidWhatToWhoseRecord(TestDatabase database) {
        AuditLog audit =
                new AuditLog(database.jdbc(), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        UUID patient = UUID.randomUUID();

        audit.record(ACTOR, patient, "assessments", AuditLog.READ, AuditLog.ALLOWED);
        audit.record(null, patient, "account", AuditLog.SIGN_IN, AuditLog.DENIED);

        assertThat(audit.about(patient))
                .extracting(AuditEvent::actorLabel, AuditEvent::action, AuditEvent::result)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Ann Actor (THERAPIST)", "READ", "ALLOWED"),
                        org.assertj.core.groups.Tuple.tuple("anonymous", "SIGN_IN", "DENIED"));
        assertThat(audit.about(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries(TestDatabase database) {
        new AuditLog(database.jdbc(), Clock.systemUTC())
                .record(ACTOR, UUID.randomUUID(), "assessments", AuditLog.READ, AuditLog.ALLOWED);
        int entries = count(database);

        assertThatThrownBy(() -> database.jdbc()
                        .sql("UPDATE accounts_audit_event SET result = 'DENIED'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        database.jdbc().sql("DELETE FROM accounts_audit_event").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        database.jdbc().sql("TRUNCATE accounts_audit_event").update())
                .hasMessageContaining("append-only");
        assertThat(count(database)).as("nothing was removed").isEqualTo(entries);
        assertThat(database.jdbc()
                        .sql("SELECT count(*) FROM accounts_audit_event WHERE result = 'DENIED'")
                        .query(Integer.class)
                        .single())
                .as("nothing was changed: only the sign-in of the other test was denied")
                .isLessThanOrEqualTo(1);
    }

    private static int count(TestDatabase database) {
        return database.jdbc()
                .sql("SELECT count(*) FROM accounts_audit_event")
                .query(Integer.class)
                .single();
    }
}
