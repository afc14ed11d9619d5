package kneadwise.outcomes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kneadwise.assessment.Instrument;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Session logs in PostgreSQL ({@code outcomes_session_log}), one per session of a course. */
@Repository
class SessionLogs {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    SessionLogs(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /** False, and nothing stored, when the session already has a log (two saves at once: one wins). */
    boolean add(SessionLog log, UUID patientId, UUID therapistId) {
        Instrument instrument = log.functionInstrument();
        return jdbc.sql("""
                        INSERT INTO outcomes_session_log (course_id, session, patient_id, therapist_id, pain_nrs,
                            side_effects, function_instrument, function_answers, function_score, global_impression,
                            recorded_at)
                        VALUES (:courseId, :session, :patientId, :therapistId, :pain, CAST(:sideEffects AS jsonb),
                            :instrument, CAST(:answers AS jsonb), :score, :impression, :recordedAt)
                        ON CONFLICT (course_id, session) DO NOTHING
                        """)
                        .param("courseId", log.courseId())
                        .param("session", log.session())
                        .param("patientId", patientId)
                        .param("therapistId", therapistId)
                        .param("pain", log.painNrs())
                        .param("sideEffects", json.writeValueAsString(log.sideEffects()))
                        .param("instrument", instrument == null ? null : instrument.name())
                        .param(
                                "answers",
                                log.functionAnswers() == null ? null : json.writeValueAsString(log.functionAnswers()))
                        .param("score", log.function())
                        .param(
                                "impression",
                                log.globalImpression() == null
                                        ? null
                                        : log.globalImpression().name())
                        .param("recordedAt", Timestamp.from(log.recordedAt()))
                        .update()
                == 1;
    }

    /** A log with whose course it is, for {@link #addAll}. */
    record Owned(SessionLog log, UUID patientId, UUID therapistId) {}

    /** Inserts many logs in one JDBC batch (demo data); a log that exists already fails the batch. */
    void addAll(List<Owned> owned) {
        batches.batchUpdate(
                """
                INSERT INTO outcomes_session_log (course_id, session, patient_id, therapist_id, pain_nrs,
                    side_effects, function_instrument, function_answers, function_score, global_impression,
                    recorded_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?, ?)
                """,
                owned.stream()
                        .map(row -> {
                            SessionLog log = row.log();
                            Instrument instrument = log.functionInstrument();
                            GlobalImpression impression = log.globalImpression();
                            return new Object[] {
                                log.courseId(),
                                log.session(),
                                row.patientId(),
                                row.therapistId(),
                                log.painNrs(),
                                json.writeValueAsString(log.sideEffects()),
                                instrument == null ? null : instrument.name(),
                                log.functionAnswers() == null ? null : json.writeValueAsString(log.functionAnswers()),
                                log.function(),
                                impression == null ? null : impression.name(),
                                Timestamp.from(log.recordedAt())
                            };
                        })
                        .toList());
    }

    Optional<SessionLog> find(UUID courseId, int session) {
        return jdbc.sql("SELECT * FROM outcomes_session_log WHERE course_id = :courseId AND session = :session")
                .param("courseId", courseId)
                .param("session", session)
                .query((row, n) -> log(row))
                .optional();
    }

    List<SessionLog> ofCourse(UUID courseId) {
        return jdbc.sql("SELECT * FROM outcomes_session_log WHERE course_id = :courseId ORDER BY session")
                .param("courseId", courseId)
                .query((row, n) -> log(row))
                .list();
    }

    /** Every log of the therapist's courses, by course and session. */
    List<SessionLog> ofTherapist(UUID therapistId) {
        return jdbc.sql(
                        "SELECT * FROM outcomes_session_log WHERE therapist_id = :therapistId ORDER BY course_id, session")
                .param("therapistId", therapistId)
                .query((row, n) -> log(row))
                .list();
    }

    List<SessionLog> ofPatient(UUID patientId) {
        return jdbc.sql("SELECT * FROM outcomes_session_log WHERE patient_id = :patientId ORDER BY recorded_at")
                .param("patientId", patientId)
                .query((row, n) -> log(row))
                .list();
    }

    /** The logs of these courses, by course, each course's in session order: one query for many courses. */
    Map<UUID, List<SessionLog>> ofCourses(UUID[] courseIds) {
        Map<UUID, List<SessionLog>> byCourse = new HashMap<>();
        batches.query(
                "SELECT * FROM outcomes_session_log WHERE course_id = ANY(?) ORDER BY course_id, session",
                row -> {
                    SessionLog log = log(row);
                    byCourse.computeIfAbsent(log.courseId(), id -> new ArrayList<>())
                            .add(log);
                },
                (Object) courseIds);
        return byCourse;
    }

    /** A stored log, its session's and its owner's ids, for {@link AllSessionLogs}. */
    SessionLog logOf(ResultSet row) throws SQLException {
        return log(row);
    }

    private SessionLog log(ResultSet row) throws SQLException {
        String instrument = row.getString("function_instrument");
        String answers = row.getString("function_answers");
        String impression = row.getString("global_impression");
        return new SessionLog(
                row.getObject("course_id", UUID.class),
                row.getInt("session"),
                row.getInt("pain_nrs"),
                sideEffects(json.readTree(row.getString("side_effects"))),
                instrument == null ? null : Instrument.valueOf(instrument),
                answers == null ? null : answers(json.readTree(answers)),
                score(instrument, row.getBigDecimal("function_score")),
                impression == null ? null : GlobalImpression.valueOf(impression),
                row.getTimestamp("recorded_at").toInstant());
    }

    /** RMDQ scores are whole numbers; the column keeps one decimal for the ODI. */
    private static @Nullable BigDecimal score(@Nullable String instrument, @Nullable BigDecimal stored) {
        return stored != null && "RMDQ".equals(instrument)
                ? stored.setScale(0, java.math.RoundingMode.UNNECESSARY)
                : stored;
    }

    private static List<SideEffect> sideEffects(JsonNode stored) {
        List<SideEffect> effects = new ArrayList<>();
        for (JsonNode effect : stored) {
            effects.add(new SideEffect(
                    SideEffect.Kind.valueOf(effect.path("kind").asString()),
                    effect.path("severity").isString()
                            ? SideEffect.Severity.valueOf(
                                    effect.path("severity").asString())
                            : null,
                    effect.path("description").isString()
                            ? effect.path("description").asString()
                            : null));
        }
        return effects;
    }

    private static List<@Nullable Object> answers(JsonNode stored) {
        List<@Nullable Object> answers = new ArrayList<>();
        for (JsonNode answer : stored) {
            answers.add(answer.isBoolean() ? (Object) answer.asBoolean() : answer.isNull() ? null : answer.asInt());
        }
        return answers;
    }
}
