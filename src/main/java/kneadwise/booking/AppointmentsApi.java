package kneadwise.booking;

import java.time.OffsetDateTime;
import java.util.UUID;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.InvalidInputException;
import kneadwise.system.JsonInput;
import kneadwise.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** One session of a course: cancel it (CONTRACT.md section 8) or move it ({@code PATCH} with a new start). */
@RestController
class AppointmentsApi {

    private final Courses courses;
    private final Therapists therapists;
    private final CourseAccess access;
    private final AppointmentChanges changes;

    AppointmentsApi(Courses courses, Therapists therapists, CourseAccess access, AppointmentChanges changes) {
        this.courses = courses;
        this.therapists = therapists;
        this.access = access;
        this.changes = changes;
    }

    @DeleteMapping("/api/v1/appointments/{appointmentId}")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal SignedIn me, @PathVariable("appointmentId") String id) {
        Appointment appointment = find(id);
        Therapist therapist = therapistOf(appointment);
        CourseAccess.Party party =
                access.require(me.account(), course(appointment), therapist, AuditLog.DELETE, asked(id));
        changes.cancel(me.account(), party, appointment, therapist);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping(path = "/api/v1/appointments/{appointmentId}", produces = "application/json")
    CourseView.AppointmentView move(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("appointmentId") String id,
            @RequestBody JsonNode body) {
        Appointment appointment = find(id);
        Therapist therapist = therapistOf(appointment);
        CourseAccess.Party party =
                access.require(me.account(), course(appointment), therapist, AuditLog.UPDATE, asked(id));
        JsonInput input = new JsonInput();
        OffsetDateTime start = body.isObject() ? input.dateTime(body, "start", "start") : null;
        if (start == null) {
            input.problem(
                    "$", "must be an object with the new start, such as {\"start\": \"2026-12-01T18:00:00-05:00\"}");
            throw new InvalidInputException("change", input.problems());
        }
        Appointment moved = changes.move(me.account(), party, appointment, therapist, start.toInstant());
        return CourseView.AppointmentView.of(moved, therapist.timeZone());
    }

    /** Missing, foreign or gone with its course: one answer, naming only the appointment asked for. */
    private static String asked(String id) {
        return "appointment " + id;
    }

    private Appointment find(String id) {
        try {
            return courses.appointment(UUID.fromString(id)).orElseThrow(() -> new NotFoundException(asked(id)));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException(asked(id));
        }
    }

    private Course course(Appointment appointment) {
        return courses.find(appointment.courseId())
                .orElseThrow(() -> new NotFoundException(asked(appointment.id().toString())));
    }

    private Therapist therapistOf(Appointment appointment) {
        return therapists
                .find(appointment.therapistId())
                .orElseThrow(() -> new NotFoundException(asked(appointment.id().toString())));
    }
}
