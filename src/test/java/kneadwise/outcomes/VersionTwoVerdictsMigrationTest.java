package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kneadwise.testing.TestDatabase;
import kneadwise.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V017 brings course results judged by CLINICAL.md version 1 in line with version 2: a rise to the top of a scale is
 * WORSENED, and a course whose pain and function went opposite ways (MIXED) no longer counts as improved, on the
 * dashboard's per-client rows too.
 */
class VersionTwoVerdictsMigrationTest {

    TestDatabase database;
    JdbcClient jdbc;
    UUID therapist = UUID.randomUUID();

    @BeforeEach
    void aDatabaseAtVersion16() {
        database = TestPostgres.get().emptyDatabase("version two verdicts");
        flyway().target("16").load().migrate();
        jdbc = database.jdbc();
        jdbc.sql("""
                INSERT INTO directory_therapist (id, name, price_per_session, latitude, longitude, time_zone,
                                                 created_at, updated_at)
                VALUES (:id, 'A therapist', 60, 40.7, -74.0, 'America/New_York', now(), now())
                """).param("id", therapist).update();
    }

    @Test
    void storedVerdictsFollowTheCeilingAndMixedRules() {
        // pain 9 -> 10: version 1 said no change, version 2 says worse
        UUID ceilingPain = course(9, 10, null, null, "NO_IMPORTANT_CHANGE", null, false);
        // pain better, RMDQ 21 -> 24: was helped; now function worse, so mixed and not improved
        UUID ceilingFunction = course(8, 4, 21, 24, "IMPROVED", "NO_IMPORTANT_CHANGE", true);
        // pain better, RMDQ 12 -> 19 worse already: was helped, now mixed
        UUID mixed = course(7, 3, 12, 19, "IMPROVED", "WORSENED", true);
        // pain better, RMDQ 10 -> 9: helped then and now
        UUID helped = course(6, 3, 10, 9, "IMPROVED", "NO_IMPORTANT_CHANGE", true);
        // staying at the top is no change
        UUID atTheTop = course(10, 10, 24, 24, "NO_IMPORTANT_CHANGE", "NO_IMPORTANT_CHANGE", false);

        flyway().load().migrate();

        assertThat(result(ceilingPain)).isEqualTo("WORSENED/null/false");
        assertThat(result(ceilingFunction)).isEqualTo("IMPROVED/WORSENED/false");
        assertThat(result(mixed)).isEqualTo("IMPROVED/WORSENED/false");
        assertThat(result(helped)).isEqualTo("IMPROVED/NO_IMPORTANT_CHANGE/true");
        assertThat(result(atTheTop)).isEqualTo("NO_IMPORTANT_CHANGE/NO_IMPORTANT_CHANGE/false");
        assertThat(overallImproved(ceilingFunction)).isFalse();
        assertThat(overallImproved(mixed)).isFalse();
        assertThat(overallImproved(helped)).isTrue();
    }

    private FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), "")
                .locations("classpath:db/migration");
    }

    /** One patient with one finished 6-session course, its first and last logs and its version 1 result. */
    private UUID course(
            int painBefore,
            int painAfter,
            @Nullable Integer rmdqBefore,
            @Nullable Integer rmdqAfter,
            String painVerdict,
            @Nullable String functionVerdict,
            boolean improved) {
        UUID patient = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accounts_account (id, email, email_key, name, role, password_hash, created_at)
                VALUES (:id, :email, :email, 'A patient', 'PATIENT', 'x', now())
                """)
                .param("id", patient)
                .param("email", patient + "@example.test")
                .update();
        jdbc.sql("""
                INSERT INTO booking_course (id, therapist_id, patient_id, sessions, every_days, booked_at)
                VALUES (:id, :therapist, :patient, 6, 7, now())
                """)
                .param("id", course)
                .param("therapist", therapist)
                .param("patient", patient)
                .update();
        log(course, patient, 1, painBefore, rmdqBefore);
        log(course, patient, 6, painAfter, rmdqAfter);
        jdbc.sql("""
                INSERT INTO outcomes_course_result (course_id, patient_id, therapist_id, ended_at, improved,
                                                    pain_verdict, function_verdict, massaged, side_effect, updated_at)
                VALUES (:course, :patient, :therapist, now(), :improved, :pain, :function, true, false, now())
                """)
                .param("course", course)
                .param("patient", patient)
                .param("therapist", therapist)
                .param("improved", improved)
                .param("pain", painVerdict)
                .param("function", functionVerdict)
                .update();
        return course;
    }

    private void log(UUID course, UUID patient, int session, int pain, @Nullable Integer rmdq) {
        jdbc.sql("""
                INSERT INTO outcomes_session_log (course_id, session, patient_id, therapist_id, pain_nrs,
                                                  function_instrument, function_answers, function_score, recorded_at)
                VALUES (:course, :session, :patient, :therapist, :pain, :instrument, CAST(:answers AS jsonb), :score,
                        now())
                """)
                .param("course", course)
                .param("session", session)
                .param("patient", patient)
                .param("therapist", therapist)
                .param("pain", pain)
                .param("instrument", rmdq == null ? null : "RMDQ")
                .param("answers", rmdq == null ? null : "[]")
                .param("score", rmdq)
                .update();
    }

    private String result(UUID course) {
        return jdbc.sql("""
                SELECT pain_verdict || '/' || coalesce(function_verdict, 'null') || '/' || improved
                FROM outcomes_course_result WHERE course_id = :course
                """).param("course", course).query(String.class).single();
    }

    private boolean overallImproved(UUID course) {
        return jdbc.sql("""
                SELECT g.improved FROM outcomes_client_group g
                JOIN outcomes_course_result r ON r.patient_id = g.patient_id
                WHERE r.course_id = :course AND g.kind = 'OVERALL'
                """).param("course", course).query(Boolean.class).single();
    }
}
