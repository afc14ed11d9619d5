package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kneadwise.testing.TestDatabase;
import kneadwise.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V018: grants made when access followed an address keep working for the account that holds the address, and only
 * for it; a grant to an address with no account waits for a new invitation (issue 16, item 1).
 */
class GrantsToAccountsMigrationTest {

    @Test
    void standingGrantsBelongToTheAccountHoldingTheAddressAtTheUpgrade() {
        TestDatabase database = TestPostgres.get().emptyDatabase("grants to accounts");
        flyway(database).target("17").load().migrate();
        JdbcClient jdbc = database.jdbc();
        UUID patient = account(jdbc, "patient@example.org");
        UUID doctor = account(jdbc, "Dr.Who@Example.org");
        UUID toDoctor = grant(jdbc, patient, "dr.who@example.org", false);
        UUID toNobody = grant(jdbc, patient, "nobody-yet@example.org", false);
        UUID revoked = grant(jdbc, patient, "Dr.Who@Example.org ", true);

        flyway(database).load().migrate();

        assertThat(jdbc.sql("SELECT grantee_account_id FROM accounts_access_grant WHERE id = :id")
                        .param("id", toDoctor)
                        .query(UUID.class)
                        .single())
                .isEqualTo(doctor);
        assertThat(accepted(jdbc, toDoctor)).isTrue();
        assertThat(accepted(jdbc, toNobody)).isFalse();
        assertThat(accepted(jdbc, revoked)).isFalse();
        AccessGrants grants = new AccessGrants(jdbc, java.time.Clock.systemUTC());
        Account doctorAccount =
                new Account(doctor, "Dr.Who@Example.org", "Dr Who", Role.THERAPIST, java.time.Instant.now());
        Account stranger =
                new Account(UUID.randomUUID(), "nobody-yet@example.org", "X", Role.THERAPIST, java.time.Instant.now());
        assertThat(grants.allows(doctorAccount, patient)).isTrue();
        assertThat(grants.allows(stranger, patient)).isFalse();
    }

    private static FluentConfiguration flyway(TestDatabase database) {
        return Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), "")
                .locations("classpath:db/migration");
    }

    private static UUID account(JdbcClient jdbc, String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accounts_account (id, email, email_key, name, role, password_hash, created_at)
                VALUES (:id, :email, lower(:email), 'Someone', 'PATIENT', 'x', now())
                """).param("id", id).param("email", email).update();
        return id;
    }

    private static UUID grant(JdbcClient jdbc, UUID patient, String email, boolean revoked) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accounts_access_grant (id, patient_id, grantee_email, grantee_email_key, kind, granted_at,
                                                   revoked_at)
                VALUES (:id, :patient, :email, lower(trim(:email)), 'CLINICIAN', now(),
                        CASE WHEN :revoked THEN now() END)
                """)
                .param("id", id)
                .param("patient", patient)
                .param("email", email)
                .param("revoked", revoked)
                .update();
        return id;
    }

    private static boolean accepted(JdbcClient jdbc, UUID grant) {
        return jdbc.sql("SELECT accepted_at IS NOT NULL FROM accounts_access_grant WHERE id = :id")
                .param("id", grant)
                .query(Boolean.class)
                .single();
    }
}
