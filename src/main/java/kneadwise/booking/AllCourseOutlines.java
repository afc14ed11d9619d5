package kneadwise.booking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every course with its sessions, read as a stream for a Bulk Data export: the courses come through a cursor, and the
 * sessions of each batch of them in one more query, so neither a million sessions nor one query per course is needed.
 * No viewer is involved: the export's own caller (a backend system) was checked before.
 */
@Service
public class AllCourseOutlines {

    /** Courses per batch handed on, and per round trip to PostgreSQL. */
    public static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Courses courses;
    private final Therapists therapists;

    AllCourseOutlines(DataSource dataSource, Courses courses, Therapists therapists) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
        this.courses = courses;
        this.therapists = therapists;
    }

    /**
     * Hands the courses to {@code each} in batches of at most {@link #BATCH}, in the order they were booked (so a batch's
     * sessions, logs and notes, written about the same time, lie close together on disk), each as its
     * therapist sees it ({@code viewerIsPatient} false). A course whose practice is gone is left out, as everywhere.
     *
     * @param patients these patients' courses alone, or everyone's when null
     */
    @Transactional(readOnly = true)
    public void forEachBatch(UUID @Nullable [] patients, Consumer<List<CourseOutline>> each) {
        Map<UUID, Optional<Therapist>> practices = new HashMap<>();
        List<Course> batch = new ArrayList<>(BATCH);
        jdbc.query(
                """
                SELECT * FROM booking_course
                WHERE CAST(? AS uuid[]) IS NULL OR patient_id = ANY(?)
                ORDER BY booked_at, id
                """,
                row -> {
                    batch.add(Courses.course(row, List.of()));
                    if (batch.size() == BATCH) {
                        handOn(batch, practices, each);
                    }
                },
                patients,
                patients);
        handOn(batch, practices, each);
    }

    private void handOn(
            List<Course> batch, Map<UUID, Optional<Therapist>> practices, Consumer<List<CourseOutline>> each) {
        if (batch.isEmpty()) {
            return;
        }
        Map<UUID, List<Appointment>> sessions =
                courses.appointmentsOf(batch.stream().map(Course::id).toArray(UUID[]::new));
        List<CourseOutline> outlines = new ArrayList<>(batch.size());
        for (Course course : batch) {
            Optional<Therapist> therapist = practices.computeIfAbsent(course.therapistId(), therapists::find);
            therapist.ifPresent(practice -> outlines.add(CourseOutlines.outline(
                    new Course(
                            course.id(),
                            course.therapistId(),
                            course.patientId(),
                            course.sessions(),
                            course.everyDays(),
                            course.bookedAt(),
                            sessions.getOrDefault(course.id(), List.of())),
                    practice,
                    false)));
        }
        batch.clear();
        each.accept(outlines);
    }
}
