package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import kneadwise.testing.DatabaseTest;
import kneadwise.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log is append-only in the database itself, whoever asks. */
@DatabaseTest
class AuditLogTest {

    static final Account ACTOR =
            new Account(UUID.randomUUID(), "a@example.org", "Ann Actor", Role.THERAPIST, Instant.EPOCH);

    @Test
    void recordsWhoDidWhatToWhoseRecord(TestDatabase database) {
        AuditLog audit = auditLog(database, Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
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
        auditLog(database, Clock.systemUTC())
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

    @Test
    void entriesOfConcurrentReadsAreCommittedBeforeEachReturns(TestDatabase database) throws Exception {
        AuditLog audit = auditLog(database, Clock.systemUTC());
        List<UUID> patients =
                IntStream.range(0, 24).mapToObj(i -> UUID.randomUUID()).toList();
        List<Integer> seenRightAfter = new CopyOnWriteArrayList<>();

        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UUID patient : patients) {
                readers.submit(() -> {
                    audit.record(ACTOR, patient, "assessments", AuditLog.READ, AuditLog.ALLOWED);
                    seenRightAfter.add(audit.about(patient).size()); // another connection: committed already
                });
            }
        }

        assertThat(seenRightAfter).hasSize(24).containsOnly(1);
    }

    @Test
    void anEntryTheDatabaseRefusesFailsItsOwnCallerOnly(TestDatabase database) throws Exception {
        AuditLog audit = auditLog(database, Clock.systemUTC());
        UUID patient = UUID.randomUUID();
        List<Throwable> failures = new CopyOnWriteArrayList<>();

        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 32; i++) {
                String record = i == 7 ? "bad\u0000record" : "assessments"; // PostgreSQL text holds no NUL
                readers.submit(() -> {
                    try {
                        audit.record(ACTOR, patient, record, AuditLog.READ, AuditLog.ALLOWED);
                    } catch (RuntimeException refused) {
                        failures.add(refused);
                    }
                });
            }
        }

        assertThat(failures).singleElement().isInstanceOf(DataAccessException.class);
        assertThat(audit.about(patient)).hasSize(31);
    }

    /** The log as the service builds it, with its group-commit writer, on the test's database. */
    static AuditLog auditLog(TestDatabase database, Clock clock) {
        DataSource dataSource = database.dataSource();
        AuditBatches batches = new AuditBatches(
                new NamedParameterJdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        return new AuditLog(database.jdbc(), clock, batches);
    }

    private static int count(TestDatabase database) {
        return database.jdbc()
                .sql("SELECT count(*) FROM accounts_audit_event")
                .query(Integer.class)
                .single();
    }
}
