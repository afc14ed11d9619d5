package kneadwise.outcomes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.directory.Technique;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Session notes in PostgreSQL ({@code outcomes_session_note}); writing a session's note again replaces it. */
@Repository
class SessionNotes {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    SessionNotes(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void save(SessionNote note, UUID therapistId, UUID patientId) {
        jdbc.sql("""
                        INSERT INTO outcomes_session_note (course_id, session, therapist_id, patient_id, subjective,
                            regions, techniques, pressure, minutes, response, plan, written_at)
                        VALUES (:courseId, :session, :therapistId, :patientId, :subjective, :regions, :techniques,
                            :pressure, :minutes, :response, :plan, :writtenAt)
                        ON CONFLICT (course_id, session) DO UPDATE SET subjective = EXCLUDED.subjective,
                            regions = EXCLUDED.regions, techniques = EXCLUDED.techniques,
                            pressure = EXCLUDED.pressure, minutes = EXCLUDED.minutes, response = EXCLUDED.response,
                            plan = EXCLUDED.plan, written_at = EXCLUDED.written_at
                        """)
                .param("courseId", note.courseId())
                .param("session", note.session())
                .param("therapistId", therapistId)
                .param("patientId", patientId)
                .param("subjective", note.subjective())
                .param("regions", names(note.regions()))
                .param("techniques", names(note.techniques()))
                .param("pressure", note.pressure().name())
                .param("minutes", note.minutes())
                .param("response", note.response())
                .param("plan", note.plan())
                .param("writtenAt", Timestamp.from(note.writtenAt()))
                .update();
    }

    /** A note with whose course it is, for {@link #addAll}. */
    record Owned(SessionNote note, UUID therapistId, UUID patientId) {}

    /** Inserts many notes in one JDBC batch (demo data). */
    void addAll(List<Owned> owned) {
        batches.batchUpdate(
                """
                INSERT INTO outcomes_session_note (course_id, session, therapist_id, patient_id, subjective,
                    regions, techniques, pressure, minutes, response, plan, written_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS text[]), CAST(? AS text[]), ?, ?, ?, ?, ?)
                """,
                owned.stream()
                        .map(row -> {
                            SessionNote note = row.note();
                            return new Object[] {
                                note.courseId(),
                                note.session(),
                                row.therapistId(),
                                row.patientId(),
                                note.subjective(),
                                "{" + String.join(",", List.of(names(note.regions()))) + "}",
                                "{" + String.join(",", List.of(names(note.techniques()))) + "}",
                                note.pressure().name(),
                                note.minutes(),
                                note.response(),
                                note.plan(),
                                Timestamp.from(note.writtenAt())
                            };
                        })
                        .toList());
    }

    List<SessionNote> ofCourse(UUID courseId) {
        return jdbc.sql("SELECT * FROM outcomes_session_note WHERE course_id = :courseId ORDER BY session")
                .param("courseId", courseId)
                .query((row, n) -> note(row))
                .list();
    }

    /** The notes of these courses, by course, each course's in session order: one query for many courses. */
    Map<UUID, List<SessionNote>> ofCourses(UUID[] courseIds) {
        Map<UUID, List<SessionNote>> byCourse = new HashMap<>();
        batches.query(
                "SELECT * FROM outcomes_session_note WHERE course_id = ANY(?) ORDER BY course_id, session",
                row -> {
                    SessionNote note = note(row);
                    byCourse.computeIfAbsent(note.courseId(), id -> new ArrayList<>())
                            .add(note);
                },
                (Object) courseIds);
        return byCourse;
    }

    List<SessionNote> ofPatient(UUID patientId) {
        return jdbc.sql("SELECT * FROM outcomes_session_note WHERE patient_id = :patientId ORDER BY written_at")
                .param("patientId", patientId)
                .query((row, n) -> note(row))
                .list();
    }

    private static SessionNote note(ResultSet row) throws SQLException {
        return new SessionNote(
                row.getObject("course_id", UUID.class),
                row.getInt("session"),
                row.getString("subjective"),
                strings(row.getArray("regions")).stream()
                        .map(BodyRegion::valueOf)
                        .toList(),
                strings(row.getArray("techniques")).stream()
                        .map(Technique::valueOf)
                        .toList(),
                SessionNote.Pressure.valueOf(row.getString("pressure")),
                row.getInt("minutes"),
                row.getString("response"),
                row.getString("plan"),
                row.getTimestamp("written_at").toInstant());
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }
}
