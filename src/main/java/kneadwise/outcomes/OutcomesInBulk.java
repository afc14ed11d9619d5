package kneadwise.outcomes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Logs and notes of finished courses written many at a time by the operator's tools (the demo commands). Each
 * course's result is worked out by the same rule as a log saved through the API ({@link CourseResult#of}).
 */
@Service
public class OutcomesInBulk {

    /** A course with every log and note written for it. */
    public record LoggedCourse(
            UUID courseId,
            UUID patientId,
            UUID therapistId,
            int sessions,
            List<SessionLog> logs,
            List<SessionNote> notes) {

        public LoggedCourse {
            logs = List.copyOf(logs);
            notes = List.copyOf(notes);
        }
    }

    private final SessionLogs logs;
    private final SessionNotes notes;
    private final CourseResults results;
    private final JdbcClient jdbc;

    OutcomesInBulk(SessionLogs logs, SessionNotes notes, CourseResults results, JdbcClient jdbc) {
        this.logs = logs;
        this.notes = notes;
        this.results = results;
        this.jdbc = jdbc;
    }

    /** Stores the logs, notes and result of each course, in JDBC batches. */
    public void addFinishedCourses(List<LoggedCourse> courses, Instant now) {
        List<SessionLogs.Owned> logRows = new ArrayList<>();
        List<SessionNotes.Owned> noteRows = new ArrayList<>();
        List<CourseResults.Owned> resultRows = new ArrayList<>();
        for (LoggedCourse course : courses) {
            course.logs()
                    .forEach(log -> logRows.add(new SessionLogs.Owned(log, course.patientId(), course.therapistId())));
            course.notes()
                    .forEach(note ->
                            noteRows.add(new SessionNotes.Owned(note, course.therapistId(), course.patientId())));
            resultRows.add(new CourseResults.Owned(
                    course.courseId(),
                    course.patientId(),
                    course.therapistId(),
                    CourseResult.of(course.sessions(), course.logs(), course.notes())));
        }
        logs.addAll(logRows);
        notes.addAll(noteRows);
        results.insertAll(resultRows, now);
    }

    /** Fresh statistics after a large load, so the planner knows the tables' new sizes before autovacuum comes. */
    public void refreshStatistics() {
        jdbc.sql("ANALYZE outcomes_course_result").update();
        jdbc.sql("ANALYZE outcomes_session_log").update();
        jdbc.sql("ANALYZE outcomes_session_note").update();
    }
}
