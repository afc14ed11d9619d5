package kneadwise.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses ({@code booking_course}) and their sessions in the therapists' calendars. */
@Repository
class Courses {

    private static final String APPOINTMENT_COLUMNS = """
            id, course_id, therapist_id, patient_id, session_number,
            lower(during) AS starts, upper(during) AS ends, cancelled_at
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Courses(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Inserts many courses in two JDBC batches (the demo-data generator sends thousands at a time). */
    void insertAll(List<Course> courses) {
        batches.batchUpdate(
                """
                INSERT INTO booking_course (id, therapist_id, patient_id, sessions, every_days, booked_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                courses.stream()
                        .map(c -> new Object[] {
                            c.id(),
                            c.therapistId(),
                            c.patientId(),
                            c.sessions(),
                            c.everyDays(),
                            Calendars.utc(c.bookedAt())
                        })
                        .toList());
        batches.batchUpdate(
                """
                INSERT INTO booking_calendar_entry
                    (id, therapist_id, kind, course_id, patient_id, session_number, during, created_at)
                VALUES (?, ?, 'APPOINTMENT', ?, ?, ?, tstzrange(?, ?), ?)
                """,
                courses.stream()
                        .flatMap(c -> c.appointments().stream().map(a -> new Object[] {
                            a.id(),
                            a.therapistId(),
                            c.id(),
                            a.patientId(),
                            a.session(),
                            Calendars.utc(a.start()),
                            Calendars.utc(a.end()),
                            Calendars.utc(c.bookedAt())
                        }))
                        .toList());
    }

    /**
     * Inserts the course and every session. Call inside a transaction: when any session overlaps an active entry of
     * the therapist's or the patient's calendar, PostgreSQL's exclusion constraint refuses it (SQLSTATE 23P01) and
     * the whole course rolls back.
     */
    void insert(Course course) {
        jdbc.sql("""
                INSERT INTO booking_course (id, therapist_id, patient_id, sessions, every_days, booked_at)
                VALUES (:id, :therapist, :patient, :sessions, :everyDays, :bookedAt)
                """)
                .param("id", course.id())
                .param("therapist", course.therapistId())
                .param("patient", course.patientId())
                .param("sessions", course.sessions())
                .param("everyDays", course.everyDays())
                .param("bookedAt", Calendars.utc(course.bookedAt()))
                .update();
        for (Appointment appointment : course.appointments()) {
            jdbc.sql("""
                    INSERT INTO booking_calendar_entry
                        (id, therapist_id, kind, course_id, patient_id, session_number, during, created_at)
                    VALUES (:id, :therapist, 'APPOINTMENT', :course, :patient, :session, tstzrange(:start, :end),
                        :createdAt)
                    """)
                    .param("id", appointment.id())
                    .param("therapist", appointment.therapistId())
                    .param("course", course.id())
                    .param("patient", appointment.patientId())
                    .param("session", appointment.session())
                    .param("start", Calendars.utc(appointment.start()))
                    .param("end", Calendars.utc(appointment.end()))
                    .param("createdAt", Calendars.utc(course.bookedAt()))
                    .update();
        }
    }

    /** Who a course is between, as its row says (both never change). */
    record Members(UUID patientId, UUID therapistId) {}

    /** The course's patient and practice, without its sessions. */
    Optional<Members> membersOf(UUID id) {
        return jdbc.sql("SELECT patient_id, therapist_id FROM booking_course WHERE id = :id")
                .param("id", id)
                .query((row, n) ->
                        new Members(row.getObject("patient_id", UUID.class), row.getObject("therapist_id", UUID.class)))
                .optional();
    }

    Optional<Course> find(UUID id) {
        return jdbc.sql("SELECT * FROM booking_course WHERE id = :id")
                .param("id", id)
                .query((row, n) -> course(row, appointmentsOf(id)))
                .optional();
    }

    private static void bySession(Map<UUID, List<Appointment>> sessions, Appointment session) {
        sessions.computeIfAbsent(session.courseId(), id -> new ArrayList<>()).add(session);
    }

    /** A course row with the sessions already read for it. */
    static Course course(ResultSet row, List<Appointment> sessions) throws SQLException {
        return new Course(
                row.getObject("id", UUID.class),
                row.getObject("therapist_id", UUID.class),
                row.getObject("patient_id", UUID.class),
                row.getInt("sessions"),
                row.getInt("every_days"),
                row.getObject("booked_at", OffsetDateTime.class).toInstant(),
                sessions);
    }

    List<Appointment> appointmentsOf(UUID courseId) {
        return jdbc.sql("SELECT " + APPOINTMENT_COLUMNS + """
                FROM booking_calendar_entry
                WHERE course_id = :course
                ORDER BY session_number
                """)
                .param("course", courseId)
                .query((row, n) -> appointment(row))
                .list();
    }

    /** The sessions of these courses, by course, each course's in session order: one query for many courses. */
    Map<UUID, List<Appointment>> appointmentsOf(UUID[] courseIds) {
        Map<UUID, List<Appointment>> sessions = new HashMap<>();
        batches.query(
                "SELECT " + APPOINTMENT_COLUMNS + """
                FROM booking_calendar_entry
                WHERE course_id = ANY(?)
                ORDER BY course_id, session_number
                """,
                row -> {
                    bySession(sessions, appointment(row));
                },
                (Object) courseIds);
        return sessions;
    }

    /** An active session with its course's length, for jobs that follow courses. */
    record SessionOfCourse(Appointment appointment, int sessions) {}

    /** Active sessions whose start, or end when {@code byEnd}, falls in [from, to). */
    List<SessionOfCourse> sessionsBetween(boolean byEnd, Instant from, Instant to) {
        String edge = byEnd ? "upper(during)" : "lower(during)";
        return jdbc.sql("SELECT " + APPOINTMENT_COLUMNS
                        + ", (SELECT sessions FROM booking_course c WHERE c.id = course_id)"
                        + " AS course_sessions FROM booking_calendar_entry"
                        + " WHERE kind = 'APPOINTMENT' AND cancelled_at IS NULL"
                        + " AND " + edge + " >= :from AND " + edge + " < :to")
                .param("from", Calendars.utc(from))
                .param("to", Calendars.utc(to))
                .query((row, n) -> new SessionOfCourse(appointment(row), row.getInt("course_sessions")))
                .list();
    }

    Optional<Appointment> appointment(UUID id) {
        return jdbc.sql("SELECT " + APPOINTMENT_COLUMNS + """
                FROM booking_calendar_entry
                WHERE id = :id AND kind = 'APPOINTMENT'
                """)
                .param("id", id)
                .query((row, n) -> appointment(row))
                .optional();
    }

    /** A therapist's active sessions overlapping [from, to), in time order. */
    List<Appointment> scheduleOf(UUID therapistId, Instant from, Instant to) {
        return jdbc.sql("SELECT " + APPOINTMENT_COLUMNS + """
                FROM booking_calendar_entry
                WHERE therapist_id = :therapist
                  AND kind = 'APPOINTMENT'
                  AND cancelled_at IS NULL
                  AND during && tstzrange(:from, :to)
                ORDER BY lower(during)
                """)
                .param("therapist", therapistId)
                .param("from", Calendars.utc(from))
                .param("to", Calendars.utc(to))
                .query((row, n) -> appointment(row))
                .list();
    }

    /** The therapist's courses with their sessions, newest booking first, in two queries. */
    List<Course> ofTherapist(UUID therapistId) {
        Map<UUID, List<Appointment>> sessions = new HashMap<>();
        jdbc.sql("SELECT " + APPOINTMENT_COLUMNS + """
                        FROM booking_calendar_entry
                        WHERE therapist_id = :therapist AND kind = 'APPOINTMENT'
                        ORDER BY course_id, session_number
                        """)
                .param("therapist", therapistId)
                .query(row -> {
                    bySession(sessions, appointment(row));
                });
        return jdbc.sql("SELECT * FROM booking_course WHERE therapist_id = :therapist ORDER BY booked_at DESC, id")
                .param("therapist", therapistId)
                .query((row, n) -> course(row, sessions.getOrDefault(row.getObject("id", UUID.class), List.of())))
                .list();
    }

    /** The patient's courses with their sessions, newest booking first, in two queries. */
    List<Course> ofPatient(UUID patientId) {
        Map<UUID, List<Appointment>> sessions = new HashMap<>();
        jdbc.sql("SELECT " + APPOINTMENT_COLUMNS + """
                        FROM booking_calendar_entry
                        WHERE course_id IN (SELECT id FROM booking_course WHERE patient_id = :patient)
                        ORDER BY course_id, session_number
                        """)
                .param("patient", patientId)
                .query(row -> {
                    bySession(sessions, appointment(row));
                });
        return jdbc.sql("SELECT * FROM booking_course WHERE patient_id = :patient ORDER BY booked_at DESC, id")
                .param("patient", patientId)
                .query((row, n) -> course(row, sessions.getOrDefault(row.getObject("id", UUID.class), List.of())))
                .list();
    }

    /** Marks the session cancelled; false when it already was. */
    boolean cancel(UUID appointmentId, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE booking_calendar_entry
                        SET cancelled_at = :at, cancelled_by = :by
                        WHERE id = :id AND cancelled_at IS NULL
                        """)
                        .param("id", appointmentId)
                        .param("by", by)
                        .param("at", Calendars.utc(at))
                        .update()
                == 1;
    }

    /** Moves an active session; the exclusion constraints refuse a time that is taken (SQLSTATE 23P01). */
    boolean move(UUID appointmentId, Instant start, Instant end) {
        return jdbc.sql("""
                        UPDATE booking_calendar_entry
                        SET during = tstzrange(:start, :end), reminder_sent_at = NULL
                        WHERE id = :id AND cancelled_at IS NULL
                        """)
                        .param("id", appointmentId)
                        .param("start", Calendars.utc(start))
                        .param("end", Calendars.utc(end))
                        .update()
                == 1;
    }

    private static Appointment appointment(ResultSet row) throws SQLException {
        OffsetDateTime cancelled = row.getObject("cancelled_at", OffsetDateTime.class);
        return new Appointment(
                row.getObject("id", UUID.class),
                row.getObject("course_id", UUID.class),
                row.getObject("therapist_id", UUID.class),
                row.getObject("patient_id", UUID.class),
                row.getInt("session_number"),
                row.getObject("starts", OffsetDateTime.class).toInstant(),
                row.getObject("ends", OffsetDateTime.class).toInstant(),
                cancelled == null ? null : cancelled.toInstant());
    }
}
