package kneadwise.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.assessment.Instrument;
import kneadwise.booking.CourseOutlines;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.checkin.LatestAssessments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A course's outcomes: the person logs each session; the patient and the therapist read the progress with its
 * verdicts. Everyone else is told the course does not exist (booking's rule), and each look is audited.
 */
@Service
public class CourseOutcomes {

    /** A course as its viewer may see it, with its logs, progress and what is due now. */
    public record View(
            CourseOutline course,
            @Nullable Instrument instrument,
            List<SessionLog> logs,
            CourseProgress progress,
            List<DueLogs.Due> due) {}

    private static final String RECORD = "outcome";

    private final CourseOutlines outlines;
    private final SessionLogs logs;
    private final LatestAssessments checkIns;
    private final CourseResults results;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    CourseOutcomes(
            CourseOutlines outlines,
            SessionLogs logs,
            CourseResults results,
            TransactionTemplate transactions,
            LatestAssessments checkIns,
            AuditLog audit,
            Clock clock) {
        this.outlines = outlines;
        this.logs = logs;
        this.results = results;
        this.transactions = transactions;
        this.checkIns = checkIns;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores one session's log; 400 naming every bad field, 403 for anyone but the patient, 409 when logged. */
    public SessionLog log(Account by, UUID courseId, JsonNode body) {
        CourseOutline course = outlines.forViewer(by, courseId, AuditLog.CREATE);
        if (!course.viewerIsPatient()) {
            throw new OutcomeRefusals.PatientLogsOnly();
        }
        List<SessionLog> earlier = logs.ofCourse(courseId);
        SessionLog log = LogForm.read(body, course, instrument(course, earlier), clock.instant());
        // The log and the course's result are stored together; of two saves of one session at once, one wins.
        transactions.executeWithoutResult(status -> {
            results.lock(course, log.recordedAt());
            if (!logs.add(log, course.patientId(), course.therapistId())) {
                throw new OutcomeRefusals.AlreadyLogged(log.session());
            }
            results.recompute(course, log.recordedAt());
        });
        audit.record(by, course.patientId(), RECORD, AuditLog.CREATE, AuditLog.ALLOWED);
        return log;
    }

    /** A course the viewer may see, with its logs by session. */
    public record LoggedCourse(CourseOutline course, List<SessionLog> logs) {}

    /**
     * The logs of a patient's courses that the viewer may see (the patient all; a therapist their own practice's),
     * newest booking first: the courses' access is checked and audited by booking, the logs read in one query and
     * their reading audited once.
     */
    public List<LoggedCourse> loggedCoursesOf(Account viewer, UUID patientId) {
        List<CourseOutline> courses = outlines.ofPatient(viewer, patientId);
        if (courses.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SessionLog>> byCourse =
                logs.ofPatient(patientId).stream().collect(Collectors.groupingBy(SessionLog::courseId));
        audit.record(viewer, patientId, RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return courses.stream()
                .map(course -> new LoggedCourse(course, byCourse.getOrDefault(course.id(), List.of())))
                .toList();
    }

    /** One course's logs, when the viewer may see the course: what one log's record needs, without its progress. */
    public LoggedCourse loggedCourse(Account viewer, UUID courseId) {
        CourseOutline course = outlines.forViewer(viewer, courseId, AuditLog.READ);
        List<SessionLog> logged = logs.ofCourse(courseId);
        audit.record(viewer, course.patientId(), RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return new LoggedCourse(course, logged);
    }

    /** One logged session of a course the viewer may see, with the course's patient. */
    public record LoggedSession(UUID patientId, SessionLog log) {}

    /**
     * One session's log, when the viewer may see the course and the session is logged: what a single score's record
     * needs, read by its key, and audited once, as a look at the course's outcomes (a refusal as one at the course).
     */
    public Optional<LoggedSession> loggedSession(Account viewer, UUID courseId, int session) {
        CourseOutlines.Parties course = outlines.partiesFor(viewer, courseId, AuditLog.READ);
        Optional<SessionLog> logged = logs.find(courseId, session);
        audit.record(viewer, course.patientId(), RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return logged.map(log -> new LoggedSession(course.patientId(), log));
    }

    public View view(Account viewer, UUID courseId) {
        LoggedCourse seen = loggedCourse(viewer, courseId);
        CourseOutline course = seen.course();
        List<SessionLog> logged = seen.logs();
        return viewOf(course, logged, () -> checkIns.of(course.patientId()), clock.instant());
    }

    /**
     * The course with its logs as a {@link View}, {@code latestCheckIn} asked only when no log says which function
     * questionnaire the course uses.
     */
    static View viewOf(
            CourseOutline course,
            List<SessionLog> logged,
            Supplier<Optional<LatestAssessments.Latest>> latestCheckIn,
            Instant now) {
        Instrument instrument = instrument(logged, latestCheckIn);
        return new View(
                course,
                instrument,
                logged,
                CourseProgress.of(course.sessions(), instrument, logged),
                DueLogs.of(course, logged, instrument, now));
    }

    /** The questionnaire of the first function log; before one, the one the person answered at check-in. */
    private @Nullable Instrument instrument(CourseOutline course, List<SessionLog> logged) {
        return instrument(logged, () -> checkIns.of(course.patientId()));
    }

    private static @Nullable Instrument instrument(
            List<SessionLog> logged, Supplier<Optional<LatestAssessments.Latest>> latestCheckIn) {
        for (SessionLog log : logged) {
            if (log.functionInstrument() != null) {
                return log.functionInstrument();
            }
        }
        String fromCheckIn = latestCheckIn
                .get()
                .map(LatestAssessments.Latest::functionInstrument)
                .orElse(null);
        return fromCheckIn == null ? null : Instrument.valueOf(fromCheckIn);
    }
}
