package kneadwise.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A course on a page, for its patient and its therapist only: the sessions, cancelling or moving one (under the
 * therapist's notice rule for patients), the calendar file; and the patient's list of their courses.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class CoursePages {

    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** One session as the page shows it; {@code changeable} when this viewer may still cancel or move it. */
    record SessionRow(UUID id, int number, String when, String localStart, String status, boolean changeable) {}

    record CourseRow(UUID id, String therapist, int sessions, String firstSession) {}

    private final CourseBooking booking;
    private final Therapists therapists;
    private final CourseAccess access;
    private final AppointmentChanges changes;
    private final CourseCalendarFile calendarFile;
    private final AccountLookup accounts;
    private final Clock clock;

    CoursePages(
            CourseBooking booking,
            Therapists therapists,
            CourseAccess access,
            AppointmentChanges changes,
            CourseCalendarFile calendarFile,
            AccountLookup accounts,
            Clock clock) {
        this.booking = booking;
        this.therapists = therapists;
        this.access = access;
        this.changes = changes;
        this.calendarFile = calendarFile;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/courses/{courseId}")
    String course(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String id, Model model) {
        Course course = find(id);
        Therapist therapist = therapistOf(course);
        CourseAccess.Party party = access.require(me.account(), course, therapist, AuditLog.READ);
        return show(model, course, therapist, party, null, List.of());
    }

    @GetMapping("/courses/{courseId}/calendar.ics")
    ResponseEntity<String> calendar(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String id) {
        Course course = find(id);
        Therapist therapist = therapistOf(course);
        access.require(me.account(), course, therapist, AuditLog.EXPORT);
        return calendarFile.download(course, therapist);
    }

    @PostMapping("/courses/{courseId}/sessions/{appointmentId}/cancel")
    String cancel(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String id,
            @PathVariable("appointmentId") String appointmentId,
            Model model) {
        Course course = find(id);
        Therapist therapist = therapistOf(course);
        CourseAccess.Party party = access.require(me.account(), course, therapist, AuditLog.DELETE);
        Appointment appointment = sessionOf(course, appointmentId);
        try {
            changes.cancel(me.account(), party, appointment, therapist);
            return "redirect:/courses/" + course.id() + "?cancelled";
        } catch (BookingRefusals.TooLate refusal) {
            return show(model, course, therapist, party, refusal.getMessage(), List.of());
        }
    }

    @PostMapping("/courses/{courseId}/sessions/{appointmentId}/move")
    String move(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String id,
            @PathVariable("appointmentId") String appointmentId,
            @RequestParam(name = "start", defaultValue = "") String startText,
            Model model) {
        Course course = find(id);
        Therapist therapist = therapistOf(course);
        CourseAccess.Party party = access.require(me.account(), course, therapist, AuditLog.UPDATE);
        Appointment appointment = sessionOf(course, appointmentId);
        Instant start;
        try {
            start = LocalDateTime.parse(startText.strip())
                    .atZone(therapist.timeZone())
                    .toInstant();
        } catch (DateTimeParseException notATime) {
            return show(model, course, therapist, party, "Choose the new date and time of the session.", List.of());
        }
        try {
            changes.move(me.account(), party, appointment, therapist, start);
            return "redirect:/courses/" + course.id() + "?moved";
        } catch (BookingRefusals.TooLate refusal) {
            return show(model, course, therapist, party, refusal.getMessage(), List.of());
        } catch (BookingRefusals.NotAvailable refusal) {
            String why = "That time cannot be had: "
                    + BookingRefusals.explain(refusal.problems().getFirst().reason());
            List<BookingPages.Choice> nearby = refusal.alternatives().stream()
                    .map(free -> new BookingPages.Choice(
                            LOCAL_INPUT.format(free.toLocalDateTime()), BookingPages.WHEN.format(free)))
                    .toList();
            model.addAttribute("moving", appointment.id());
            return show(model, course, therapist, party, why, nearby);
        }
    }

    /** The signed-in person's courses, newest booking first. */
    @GetMapping("/account/courses")
    String mine(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute(
                "courses",
                booking.mine(me.account()).stream()
                        .map(course -> {
                            Therapist therapist = therapistOf(course);
                            return new CourseRow(
                                    course.id(),
                                    therapist.name(),
                                    course.sessions(),
                                    BookingPages.WHEN.format(course.appointments()
                                            .getFirst()
                                            .start()
                                            .atZone(therapist.timeZone())));
                        })
                        .toList());
        return "booking/my-courses";
    }

    private String show(
            Model model,
            Course course,
            Therapist therapist,
            CourseAccess.Party party,
            @Nullable String problem,
            List<BookingPages.Choice> nearby) {
        Instant now = clock.instant();
        Duration notice = party == CourseAccess.Party.PATIENT
                ? Duration.ofHours(therapist.cancellationNoticeHours())
                : Duration.ZERO;
        model.addAttribute("course", course);
        model.addAttribute("therapist", therapist);
        model.addAttribute("asTherapist", party == CourseAccess.Party.THERAPIST);
        model.addAttribute(
                "patientName",
                accounts.find(course.patientId()).map(patient -> patient.name()).orElse("the patient"));
        model.addAttribute(
                "rows",
                course.appointments().stream()
                        .map(session -> new SessionRow(
                                session.id(),
                                session.session(),
                                BookingPages.WHEN.format(session.start().atZone(therapist.timeZone())),
                                LOCAL_INPUT.format(LocalDateTime.ofInstant(session.start(), therapist.timeZone())),
                                session.cancelled()
                                        ? "Cancelled"
                                        : session.end().isBefore(now) ? "Done" : "Booked",
                                !session.cancelled() && session.start().isAfter(now.plus(notice))))
                        .toList());
        model.addAttribute("problem", problem);
        model.addAttribute("nearby", nearby);
        if (!model.containsAttribute("moving")) {
            model.addAttribute("moving", null);
        }
        return "booking/course";
    }

    private Course find(String id) {
        try {
            return booking.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("course " + id));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("course " + id);
        }
    }

    private Appointment sessionOf(Course course, String appointmentId) {
        return course.appointments().stream()
                .filter(session -> session.id().toString().equals(appointmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("session " + appointmentId));
    }

    private Therapist therapistOf(Course course) {
        return therapists.find(course.therapistId()).orElseThrow(() -> new NotFoundException("course " + course.id()));
    }
}
