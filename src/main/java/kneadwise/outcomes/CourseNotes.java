package kneadwise.outcomes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.booking.CourseOutlines;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.checkin.LatestAssessments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Session notes: the course's therapist writes them; the therapist and the patient read them, each with the warnings
 * of the client's precautions. Everyone else is told the course does not exist; each look is audited.
 */
@Service
public class CourseNotes {

    /** A note with what it departs from in the client's precautions. */
    public record Noted(SessionNote note, List<String> warnings) {}

    /** The course's notes and the client's precautions (code to plain-language message) from their check-in. */
    public record Notes(CourseOutline course, List<Noted> notes, Map<String, String> precautions) {}

    private static final String RECORD = "session-note";

    private final CourseOutlines outlines;
    private final SessionNotes notes;
    private final CourseResults results;
    private final TransactionTemplate transactions;
    private final LatestAssessments checkIns;
    private final AuditLog audit;
    private final Clock clock;

    CourseNotes(
            CourseOutlines outlines,
            SessionNotes notes,
            CourseResults results,
            TransactionTemplate transactions,
            LatestAssessments checkIns,
            AuditLog audit,
            Clock clock) {
        this.outlines = outlines;
        this.notes = notes;
        this.results = results;
        this.transactions = transactions;
        this.checkIns = checkIns;
        this.audit = audit;
        this.clock = clock;
    }

    public Noted write(Account by, UUID courseId, int session, JsonNode body) {
        CourseOutline course = outlines.forViewer(by, courseId, AuditLog.UPDATE);
        if (course.viewerIsPatient()) {
            throw new OutcomeRefusals.TherapistWritesNotes();
        }
        SessionNote note = NoteForm.read(body, course, session, clock.instant());
        transactions.executeWithoutResult(status -> {
            results.lock(course, note.writtenAt());
            notes.save(note, course.therapistId(), course.patientId());
            results.recompute(course, note.writtenAt());
        });
        audit.record(by, course.patientId(), RECORD, AuditLog.UPDATE, AuditLog.ALLOWED);
        return new Noted(note, Precautions.warnings(note, reasons(course)));
    }

    public Notes read(Account viewer, UUID courseId) {
        CourseOutline course = outlines.forViewer(viewer, courseId, AuditLog.READ);
        audit.record(viewer, course.patientId(), RECORD, AuditLog.READ, AuditLog.ALLOWED);
        return notesOf(course, notes.ofCourse(courseId), checkIns.of(course.patientId()));
    }

    /** The course's notes, each with its warnings from the client's latest check-in (if they have one). */
    static Notes notesOf(
            CourseOutline course, List<SessionNote> written, Optional<LatestAssessments.Latest> latestCheckIn) {
        Map<String, String> precautions =
                latestCheckIn.map(LatestAssessments.Latest::reasonMessages).orElse(Map.of());
        List<Noted> noted = written.stream()
                .map(note -> new Noted(note, Precautions.warnings(note, precautions.keySet())))
                .toList();
        return new Notes(course, noted, precautions);
    }

    private Set<String> reasons(CourseOutline course) {
        return checkIns.of(course.patientId())
                .map(LatestAssessments.Latest::reasons)
                .orElse(Set.of());
    }
}
