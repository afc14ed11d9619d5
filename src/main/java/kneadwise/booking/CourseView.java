package kneadwise.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kneadwise.directory.Therapist;

/** A course as the API shows it: times with the offset of the therapist's zone, where the sessions happen. */
record CourseView(
        UUID id,
        UUID therapistId,
        String therapistName,
        UUID patientId,
        int sessions,
        int everyDays,
        String timeZone,
        String bookedAt,
        List<AppointmentView> appointments,
        String calendar) {

    record AppointmentView(UUID id, int session, String start, String end, String status) {

        static AppointmentView of(Appointment appointment, ZoneId zone) {
            return new AppointmentView(
                    appointment.id(),
                    appointment.session(),
                    local(appointment.start(), zone),
                    local(appointment.end(), zone),
                    appointment.cancelled() ? "CANCELLED" : "BOOKED");
        }
    }

    static CourseView of(Course course, Therapist therapist) {
        ZoneId zone = therapist.timeZone();
        return new CourseView(
                course.id(),
                therapist.id(),
                therapist.name(),
                course.patientId(),
                course.sessions(),
                course.everyDays(),
                zone.getId(),
                course.bookedAt().toString(),
                course.appointments().stream()
                        .map(appointment -> AppointmentView.of(appointment, zone))
                        .toList(),
                "/api/v1/courses/" + course.id() + "/calendar.ics");
    }

    /** ISO-8601 with the offset in force at that instant in the zone, such as 2026-12-01T18:00-05:00. */
    static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }
}
