package kneadwise.outcomes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kneadwise.assessment.ChangeEvaluation;
import kneadwise.assessment.CourseRule;
import kneadwise.booking.CourseOutlines.CourseOutline;
import org.jspecify.annotations.Nullable;
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
    private final SessionLogs logs;
    private final SessionNotes notes;

    CourseResults(JdbcClient jdbc, SessionLogs logs, SessionNotes notes) {
        this.jdbc = jdbc;
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
        CourseProgress progress = CourseProgress.of(course.sessions(), null, logs);
        CourseProgress.End end = progress.end();
        boolean massaged = logs.stream().anyMatch(log -> log.session() > 1);
        boolean sideEffect = logs.stream().anyMatch(log -> log.session() > 1 && log.hadSideEffects());
        Set<String> techniques = new LinkedHashSet<>();
        notes.forEach(note -> note.techniques().forEach(technique -> techniques.add(technique.name())));
        SessionLog last = end == null
                ? null
                : logs.stream()
                        .filter(log -> log.session() == end.session())
                        .findFirst()
                        .orElse(null);
        jdbc.sql("""
                        UPDATE outcomes_course_result
                        SET ended_at = :endedAt, improved = :improved, pain_verdict = :pain,
                            function_verdict = :function, massaged = :massaged, side_effect = :sideEffect,
                            techniques = :techniques, updated_at = :now
                        WHERE course_id = :courseId
                        """)
                .param("endedAt", last == null ? null : Timestamp.from(last.recordedAt()))
                .param("improved", end == null ? null : end.advice() == CourseRule.EndOfCourseAdvice.HELPED)
                .param("pain", end == null ? null : end.pain().verdict().name())
                .param("function", verdict(end == null ? null : end.function()))
                .param("massaged", massaged)
                .param("sideEffect", sideEffect)
                .param("techniques", techniques.toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .param("courseId", course.id())
                .update();
    }

    private static @Nullable String verdict(@Nullable ChangeEvaluation change) {
        return change == null ? null : change.verdict().name();
    }
}
