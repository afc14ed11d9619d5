package kneadwise.booking;

import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.InvalidInputException;
import kneadwise.system.JsonInput;
import kneadwise.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Courses (CONTRACT.md section 8): a patient books all sessions at once; the patient and the therapist read the
 * course and its calendar file.
 */
@RestController
class CoursesApi {

    private final CourseBooking booking;
    private final Therapists therapists;
    private final CourseAccess access;
    private final CourseCalendarFile calendarFile;

    CoursesApi(CourseBooking booking, Therapists therapists, CourseAccess access, CourseCalendarFile calendarFile) {
        this.booking = booking;
        this.therapists = therapists;
        this.access = access;
        this.calendarFile = calendarFile;
    }

    @PostMapping(path = "/api/v1/courses", produces = "application/json")
    ResponseEntity<CourseView> book(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode body) {
        CourseBooking.requireBooker(me.account()); // before the body, so another role is not told to mend it
        JsonInput input = new JsonInput();
        if (!body.isObject()) {
            input.problem("$", "must be an object with therapistId, firstSessionStart, sessions and everyDays");
            input.throwIfInvalid("course");
        }
        UUID therapistId = input.id(body, "therapistId", "therapistId");
        CourseForm.Wanted wanted = CourseForm.read(body, input);
        Therapist therapist =
                therapistId == null ? null : therapists.find(therapistId).orElse(null);
        if (therapistId != null && therapist == null) {
            input.problem("therapistId", "no therapist in the directory has this id");
        }
        if (!input.valid() || therapist == null || wanted == null) {
            throw new InvalidInputException("course", input.problems());
        }
        Course course = booking.book(
                me.account(), therapist, wanted.firstSessionStart().toInstant(), wanted.sessions(), wanted.everyDays());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/courses/" + course.id())
                .body(CourseView.of(course, therapist));
    }

    @GetMapping(path = "/api/v1/courses/{courseId}", produces = "application/json")
    CourseView course(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String courseId) {
        Course course = find(courseId);
        Therapist therapist = therapistOf(course);
        access.require(me.account(), course, therapist, AuditLog.READ);
        return CourseView.of(course, therapist);
    }

    @GetMapping(path = "/api/v1/courses/{courseId}/calendar.ics")
    ResponseEntity<String> calendar(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String courseId) {
        Course course = find(courseId);
        Therapist therapist = therapistOf(course);
        access.require(me.account(), course, therapist, AuditLog.EXPORT);
        return calendarFile.download(course, therapist);
    }

    /** The signed-in patient's courses, newest booking first. */
    @GetMapping(path = "/api/v1/me/courses", produces = "application/json")
    List<CourseView> mine(@AuthenticationPrincipal SignedIn me) {
        return booking.mine(me.account()).stream()
                .map(course -> CourseView.of(course, therapistOf(course)))
                .toList();
    }

    private Course find(String courseId) {
        try {
            return booking.find(UUID.fromString(courseId))
                    .orElseThrow(() -> new NotFoundException("course " + courseId));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("course " + courseId);
        }
    }

    private Therapist therapistOf(Course course) {
        return therapists.find(course.therapistId()).orElseThrow(() -> new NotFoundException("course " + course.id()));
    }
}
