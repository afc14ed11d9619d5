package kneadwise.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Working weeks and booked courses written many at a time by the operator's tools (the demo commands), in JDBC
 * batches. Nothing is checked against the calendar here beyond PostgreSQL's exclusion constraints, which still
 * refuse two sessions at once for one therapist or one patient.
 */
@Service
public class BookingsInBulk {

    /** One session of a {@link NewCourse}; sessions are numbered in the order given. */
    public record NewSession(UUID id, Instant start, Instant end) {}

    /** A course with all its sessions, booked at {@code bookedAt}. */
    public record NewCourse(
            UUID id, UUID therapistId, UUID patientId, int everyDays, Instant bookedAt, List<NewSession> sessions) {

        public NewCourse {
            sessions = List.copyOf(sessions);
        }
    }

    private final Calendars calendars;
    private final Courses courses;

    BookingsInBulk(Calendars calendars, Courses courses) {
        this.calendars = calendars;
        this.courses = courses;
    }

    /** Gives each of these (new) therapists their working week. */
    public void addWorkingHours(Map<UUID, WeeklyHours> weeks) {
        calendars.addHours(weeks);
    }

    /** Books these courses and every one of their sessions. */
    public void addCourses(List<NewCourse> newCourses) {
        List<Course> booked = new ArrayList<>(newCourses.size());
        for (NewCourse course : newCourses) {
            List<Appointment> appointments = new ArrayList<>(course.sessions().size());
            for (int n = 0; n < course.sessions().size(); n++) {
                NewSession session = course.sessions().get(n);
                appointments.add(new Appointment(
                        session.id(),
                        course.id(),
                        course.therapistId(),
                        course.patientId(),
                        n + 1,
                        session.start(),
                        session.end(),
                        null));
            }
            booked.add(new Course(
                    course.id(),
                    course.therapistId(),
                    course.patientId(),
                    appointments.size(),
                    course.everyDays(),
                    course.bookedAt(),
                    appointments));
        }
        courses.insertAll(booked);
    }

    /** Session {@code number} (1-based) of a course, as booking places it: same local time, every few days. */
    public static LocalDateTime sessionStart(LocalDateTime first, int number, int everyDays) {
        return TherapistCalendar.sessionStart(first, number, everyDays);
    }
}
