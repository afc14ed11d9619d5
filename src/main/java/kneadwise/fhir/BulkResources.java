package kneadwise.fhir;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AccessConsents.StandingGrant;
import kneadwise.accounts.Account;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.checkin.KeptCheckin;
import kneadwise.outcomes.AllCourseOutcomes.Followed;
import kneadwise.outcomes.CourseNotes;
import kneadwise.outcomes.SessionLog;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;

/**
 * The facade's mapping, for the Bulk Data export ({@code fhir.export}): the same resources, with the same ids, that
 * a read at {@code /fhir} answers, so that an exported record and a read one never disagree.
 */
public final class BulkResources {

    /** The item of a check-in's QuestionnaireResponse that holds the person's age. */
    public static final String AGE = Questionnaires.AGE;

    private BulkResources() {}

    /** A kept check-in's answers. */
    public static QuestionnaireResponse checkin(KeptCheckin kept) {
        return CheckinResponses.response(kept);
    }

    /** The scores a kept check-in gave. */
    public static List<Observation> checkinScores(KeptCheckin kept) {
        return CheckinResources.observations(kept);
    }

    public static Patient patient(Account account) {
        return PatientResources.patient(account);
    }

    /** A session log's answers, as the person gave them. */
    public static QuestionnaireResponse sessionLog(SessionLog log, UUID patientId) {
        return SessionLogResponses.response(log, patientId);
    }

    /** A session log's pain and, when asked that session, its function score. */
    public static List<Observation> sessionScores(SessionLog log, UUID patientId) {
        return SessionLogResponses.observations(log, patientId);
    }

    /** The flags of one person's check-ins, given newest first (a newer check-in ends the flags of the one before). */
    public static List<Flag> flags(List<KeptCheckin> newestFirst) {
        return CheckinResources.flags(newestFirst);
    }

    /** A standing grant of access to a person's record. */
    public static Consent consent(StandingGrant grant) {
        return ConsentResources.consent(grant);
    }

    public static CarePlan carePlan(Followed course) {
        return CourseResources.carePlan(record(course));
    }

    public static List<Goal> goals(Followed course) {
        return CourseResources.goals(record(course));
    }

    /** The course's sessions, as they stand at {@code now} (a session that has ended is fulfilled). */
    public static List<Appointment> appointments(CourseOutline course, Instant now) {
        return CourseResources.appointments(course, now);
    }

    /** The course's session notes. */
    public static List<Procedure> procedures(CourseNotes.Notes notes) {
        return CourseResources.procedures(notes);
    }

    private static CourseRecord record(Followed course) {
        return new CourseRecord(course.outcomes().course(), course.outcomes(), course.notes());
    }

    /**
     * Whether a resource last changed at {@code changed} belongs in an export {@code since} then (all do when it is
     * null). A resource shows its change to the millisecond ({@code meta.lastUpdated}), so one changed in the same
     * millisecond as {@code since} is included: sent twice rather than missed.
     */
    public static boolean changedSince(Instant changed, @Nullable Instant since) {
        return since == null || !changed.truncatedTo(ChronoUnit.MILLIS).isBefore(since.truncatedTo(ChronoUnit.MILLIS));
    }
}
