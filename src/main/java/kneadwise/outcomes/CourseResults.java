package kneadwise.outcomes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kneadwise.booking.CourseOutlines.CourseOutline;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each course's outcome so far ({@code outcomes_course_result}), worked out again from all its logs and notes
 * whenever one is saved, inside the same transaction. The course's row is locked first, so two saves of one course
 * at once are judged one after the other and the second sees the first.
 */
@Repository
class CourseResults {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final SessionLogs logs;
    private final SessionNotes notes;

    CourseResults(JdbcClient jdbc, JdbcTemplate batches, SessionLogs logs, SessionNotes notes) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.logs = logs;
        this.notes = notes;
    }

    /** Creates the course's row if needed and locks it until the transaction ends. */
    void lock(CourseOutline course, Instant now) {
        jdbc.sql("""
                        INSERT INTO outcomes_course_result (course_id, patient_id, therapist_id, updated_at)
                        VALUES (:courseId, :patientId, :therapistId, :now)
                        ON CONFLICT (course_id) DO NOTHING
                        """)
                .param("courseId", course.id())
                .param("patientId", course.patientId())
                .param("therapistId", course.therapistId())
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("SELECT 1 FROM outcomes_course_result WHERE course_id = :courseId FOR UPDATE")
                .param("courseId", course.id())
                .query(Integer.class)
                .single();
    }

    /** Writes the row from the course's logs and notes as stored now (call after {@link #lock}). */
    void recompute(CourseOutline course, Instant now) {
        update(course, logs.ofCourse(course.id()), notes.ofCourse(course.id()), now);
    }

    private void update(CourseOutline course, List<SessionLog> logs, List<SessionNote> notes, Instant now) {
        CourseResult result = CourseResult.of(course.sessions(), logs, notes);
        jdbc.sql("""
                        UPDATE outcomes_course_result
                        SET ended_at = :endedAt, improved = :improved, pain_verdict = :pain,
                            function_verdict = :function, massaged = :massaged, side_effect = :sideEffect,
                            techniques = :techniques, updated_at = :now
                        WHERE course_id = :courseId
                        """)
                .param("endedAt", timestamp(result.endedAt()))
                .param("improved", result.improved())
                .param("pain", result.painVerdict())
                .param("function", result.functionVerdict())
                .param("massaged", result.massaged())
                .param("sideEffect", result.sideEffect())
                .param("techniques", result.techniques().toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .param("courseId", course.id())
                .update();
    }

    /** A course's result with whose course it is, for {@link #insertAll}. */
    record Owned(UUID courseId, UUID patientId, UUID therapistId, CourseResult result) {}

    /** Inserts many results at once (demo data: courses whose logs and notes were all inserted together). */
    void insertAll(List<Owned> results, Instant now) {
        batches.batchUpdate(
                """
                INSERT INTO outcomes_course_result (course_id, patient_id, therapist_id, ended_at, improved,
                    pain_verdict, function_verdict, massaged, side_effect, techniques, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?)
                """,
                results.stream()
                        .map(owned -> new Object[] {
                            owned.courseId(),
                            owned.patientId(),
                            owned.therapistId(),
                            timestamp(owned.result().endedAt()),
                            owned.result().improved(),
                            owned.result().painVerdict(),
                            owned.result().functionVerdict(),
                            owned.result().massaged(),
                            owned.result().sideEffect(),
                            "{" + String.join(",", owned.result().techniques()) + "}",
                            Timestamp.from(now)
                        })
                        .toList());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
