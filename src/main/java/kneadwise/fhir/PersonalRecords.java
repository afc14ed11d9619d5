package kneadwise.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.AccessConsents;
import kneadwise.accounts.Account;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.RecordAccess;
import kneadwise.accounts.Role;
import kneadwise.accounts.SignedIn;
import kneadwise.booking.CourseOutlines;
import kneadwise.checkin.CheckinHistory;
import kneadwise.checkin.KeptCheckin;
import kneadwise.outcomes.CourseNotes;
import kneadwise.outcomes.CourseOutcomes;
import kneadwise.outcomes.SessionLog;
import kneadwise.system.FieldProblem;
import kneadwise.system.NotFoundException;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The one way the FHIR providers reach a person's record: as the caller the bearer token signed in, under exactly the
 * API's access rules (the person; their therapist while a course links them; a clinician they invited), each look
 * audited by the module that owns the record. Whatever the caller may not see is simply absent, so a provider answers
 * 404 or leaves it out of a search, as for a record that does not exist.
 */
@Component
class PersonalRecords {

    static final String PATIENT_RECORD = "fhir Patient";

    private final CheckinHistory checkins;
    private final CourseOutlines courses;
    private final CourseOutcomes outcomes;
    private final CourseNotes notes;
    private final AccountLookup accounts;
    private final RecordAccess access;
    private final AuditLog audit;
    private final AccessConsents consents;

    PersonalRecords(
            AccessConsents consents,
            CheckinHistory checkins,
            CourseOutlines courses,
            CourseOutcomes outcomes,
            CourseNotes notes,
            AccountLookup accounts,
            RecordAccess access,
            AuditLog audit) {
        this.checkins = checkins;
        this.courses = courses;
        this.outcomes = outcomes;
        this.notes = notes;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.consents = consents;
    }

    /** A patient's standing grants of access: only the patient sees them (audited either way). */
    List<AccessConsents.StandingGrant> grantsOf(UUID patientId) {
        return consents.of(viewer(), patientId);
    }

    /**
     * A patient's courses the caller may see (the patient; the therapist of each), newest booking first, each with
     * its logs, progress and notes. The course's own modules check and audit every look.
     */
    List<CourseRecord> coursesOf(UUID patientId) {
        Account viewer = viewer();
        return courses.ofPatient(viewer, patientId).stream()
                .map(outline -> record(viewer, outline.id()))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The courses of the practice a search names by {@code practitioner}: its therapist's own, none for anyone else;
     * each client listed is audited by booking.
     */
    List<CourseOutlines.CourseOutline> practiceCourses(ReferenceParam practitioner) {
        if (practitioner.getResourceType() != null
                && !practitioner.getResourceType().equals("Practitioner")) {
            return List.of();
        }
        return Ids.uuid(new IdType(practitioner.getIdPart()))
                .map(therapistId -> courses.ofPractice(viewer(), therapistId))
                .orElse(List.of());
    }

    /** The courses a search names by {@code subject} or {@code patient} (the caller's own when neither). */
    List<CourseRecord> coursesFor(@Nullable ReferenceParam subject, @Nullable ReferenceParam patient) {
        if (subject != null && patient != null) {
            throw new InvalidRequestException("Search by subject or by patient, not both.");
        }
        return whose(subject != null ? subject : patient).map(this::coursesOf).orElse(List.of());
    }

    /**
     * Logs a session of one of the caller's courses, exactly as {@code POST /api/v1/courses/{id}/outcomes}.
     *
     * @throws kneadwise.system.InvalidInputException naming every invalid field; then nothing is stored
     */
    SessionLog log(UUID courseId, JsonNode body) {
        return outcomes.log(viewer(), courseId, body);
    }

    /**
     * The logs of a patient's courses the caller may see, without the rest of each course: what the Observation and
     * QuestionnaireResponse searches need, in far fewer queries than {@link #coursesOf}.
     */
    List<CourseOutcomes.LoggedCourse> loggedCoursesOf(UUID patientId) {
        return outcomes.loggedCoursesOf(viewer(), patientId);
    }

    /** One session's log, when the caller may see its course and the session is logged: what its resources need. */
    Optional<CourseOutcomes.LoggedSession> loggedSession(SessionLogResponses.Key key) {
        try {
            return outcomes.loggedSession(viewer(), key.courseId(), key.session());
        } catch (NotFoundException refused) {
            return Optional.empty();
        }
    }

    /** One course by its id, when the caller may see it. */
    Optional<CourseRecord> course(UUID courseId) {
        return record(viewer(), courseId);
    }

    private Optional<CourseRecord> record(Account viewer, UUID courseId) {
        try {
            CourseOutcomes.View view = outcomes.view(viewer, courseId);
            return Optional.of(new CourseRecord(view.course(), view, notes.read(viewer, courseId)));
        } catch (NotFoundException refused) {
            return Optional.empty();
        }
    }

    /** The signed-in caller; {@link TokenRequired} has already refused anyone without a token. */
    Account viewer() {
        SignedIn signedIn = TokenRequired.signedIn();
        if (signedIn == null) {
            throw new AuthenticationException("A bearer token is needed (POST /api/v1/tokens).");
        }
        return signedIn.account();
    }

    /**
     * A patient's account, when the caller may see their record (audited either way). One read and one audit entry, so
     * no transaction around them; a patient reading their own record is the account the token stands for.
     */
    Optional<Account> patient(UUID patientId) {
        Account viewer = viewer();
        Optional<Account> patient = (viewer.id().equals(patientId) ? Optional.of(viewer) : accounts.find(patientId))
                .filter(account -> account.role() == Role.PATIENT);
        boolean allowed = patient.isPresent() && access.canView(viewer, patientId);
        audit.record(viewer, patientId, PATIENT_RECORD, AuditLog.READ, allowed ? AuditLog.ALLOWED : AuditLog.DENIED);
        return allowed ? patient : Optional.empty();
    }

    /** A patient's kept check-ins, newest first, when the caller may see them; else empty. */
    List<KeptCheckin> checkinsOf(UUID patientId) {
        return checkins.of(viewer(), patientId).orElse(List.of());
    }

    /** The kept check-ins of the patient whose check-in this is, newest first, when the caller may see them. */
    List<KeptCheckin> checkinsAround(UUID checkinId) {
        return checkins.historyAround(viewer(), checkinId).orElse(List.of());
    }

    /** One kept check-in by its id, when the caller may see it. */
    Optional<KeptCheckin> checkin(UUID checkinId) {
        return checkins.find(viewer(), checkinId);
    }

    /** Assesses and keeps a check-in in the caller's own record (see {@link CheckinHistory#assessAndKeep}). */
    KeptCheckin keep(JsonNode intake) {
        return checkins.assessAndKeep(viewer(), intake);
    }

    /** What the intake's reader finds wrong, by intake field. */
    List<FieldProblem> problemsIn(JsonNode intake) {
        return checkins.problemsIn(intake);
    }

    /**
     * Whose records a search asks for: the patient its {@code subject} or {@code patient} names, or the caller
     * themselves when it names none. Empty when the reference cannot be one of our patients.
     */
    Optional<UUID> whose(@Nullable ReferenceParam subject) {
        if (subject == null) {
            return Optional.of(viewer().id());
        }
        if (subject.getResourceType() != null && !subject.getResourceType().equals("Patient")) {
            return Optional.empty();
        }
        return Ids.uuid(new IdType(subject.getIdPart()));
    }
}
