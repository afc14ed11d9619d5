package kneadwise.booking;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kneadwise.system.FieldProblem;
import kneadwise.system.ProblemDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Booking refusals as RFC 9457 problem documents; a 409 lists what clashed and what is free instead. */
@RestControllerAdvice(assignableTypes = {CoursesApi.class, AppointmentsApi.class, WorkingTimeApi.class})
class BookingProblems {

    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE);

    /** The 409 answer: RFC 9457 members plus {@code conflicts} and {@code alternatives}. */
    record NotAvailableProblem(
            String type,
            String title,
            int status,
            String detail,
            List<FieldProblem> errors,
            List<Conflict> conflicts,
            List<Alternative> alternatives) {}

    record Conflict(int session, String start, Unavailable reason) {}

    /** A whole course (or, when moving one session, one time) that can be booked instead. */
    record Alternative(String firstSessionStart, List<String> sessionStarts) {}

    @ExceptionHandler
    ResponseEntity<NotAvailableProblem> notAvailable(BookingRefusals.NotAvailable refusal) {
        List<Conflict> conflicts = refusal.problems().stream()
                .map(problem -> new Conflict(
                        problem.session(),
                        refusal.inZone(problem.start()).toOffsetDateTime().toString(),
                        problem.reason()))
                .toList();
        List<Alternative> alternatives = refusal.alternatives().stream()
                .map(first -> alternative(first, refusal.sessions(), refusal.everyDays()))
                .toList();
        Conflict firstConflict = conflicts.getFirst();
        String detail = (refusal.sessions() == 1
                        ? "This time"
                        : "Session " + firstConflict.session() + " of " + refusal.sessions() + " ("
                                + firstConflict.start() + ")")
                + " cannot be booked: " + explain(firstConflict.reason())
                + (alternatives.isEmpty() ? "" : " See the alternatives.");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(PROBLEM_JSON)
                .body(new NotAvailableProblem(
                        "urn:kneadwise:problem:not-available",
                        "Not available",
                        409,
                        detail,
                        List.of(),
                        conflicts,
                        alternatives));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> massageNotNow(BookingRefusals.MassageNotNow refusal) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "massage-not-now", "Massage is not advised now", refusal);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> patientsOnly(BookingRefusals.PatientsOnly refusal) {
        return problem(HttpStatus.FORBIDDEN, "patients-only", "Only patients book courses", refusal);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> tooLate(BookingRefusals.TooLate refusal) {
        return problem(HttpStatus.CONFLICT, "too-late", "Too late to change this session", refusal);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> sessionsInTheWay(BookingRefusals.SessionsInTheWay refusal) {
        return problem(HttpStatus.CONFLICT, "sessions-booked", "Sessions are booked in that time", refusal);
    }

    static String explain(Unavailable reason) {
        return switch (reason) {
            case TOO_SOON -> "sessions must be booked at least " + BookingRules.LEAD_TIME.toHours() + " hours ahead.";
            case NOT_WORKING -> "the therapist does not work at that time.";
            case TAKEN -> "someone else has booked that time.";
            case TIME_OFF -> "the therapist is away then.";
            case YOUR_OTHER_SESSION -> "you already have a session at that time.";
            case TOO_FAR_AHEAD -> "courses can start at most " + BookingRules.HORIZON.toDays() + " days ahead.";
        };
    }

    private static Alternative alternative(ZonedDateTime first, int sessions, int everyDays) {
        List<String> starts = new ArrayList<>();
        for (int number = 1; number <= sessions; number++) {
            starts.add(TherapistCalendar.sessionStart(first.toLocalDateTime(), number, everyDays)
                    .atZone(first.getZone())
                    .toOffsetDateTime()
                    .toString());
        }
        return new Alternative(first.toOffsetDateTime().toString(), starts);
    }

    private static ResponseEntity<ProblemDocument> problem(
            HttpStatus status, String type, String title, RuntimeException refusal) {
        return ResponseEntity.status(status)
                .contentType(PROBLEM_JSON)
                .body(new ProblemDocument(
                        "urn:kneadwise:problem:" + type,
                        title,
                        status.value(),
                        String.valueOf(refusal.getMessage()),
                        List.of()));
    }
}
