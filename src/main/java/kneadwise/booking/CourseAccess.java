package kneadwise.booking;

import java.util.Objects;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.directory.Therapist;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see a course or act on its sessions: the patient, and the therapist whose calendar it is. Anyone else is
 * told it does not exist (404), and the refusal is audited, like every look at health data.
 */
@Component
class CourseAccess {

    enum Party {
        PATIENT,
        THERAPIST
    }

    private final AuditLog audit;

    CourseAccess(AuditLog audit) {
        this.audit = audit;
    }

    /** The viewer's part in the course; throws 404 (after auditing the refusal) when they have none. */
    Party require(Account viewer, Course course, Therapist therapist, String action) {
        return require(viewer, course, therapist, action, "course " + course.id());
    }

    /**
     * The same, for a request that named something of the course (an appointment): the 404 names only that thing, as
     * a missing one would, and never the course.
     */
    Party require(Account viewer, Course course, Therapist therapist, String action, String asked) {
        return require(viewer, course.patientId(), therapist.accountId(), action, asked);
    }

    private Party require(
            Account viewer, UUID patientId, @Nullable UUID therapistAccountId, String action, String asked) {
        Party party = requireAuditingRefusal(viewer, patientId, therapistAccountId, action, asked);
        audit.record(viewer, patientId, "course", action, AuditLog.ALLOWED);
        return party;
    }

    /**
     * The same for a course known by its parties only (the patient, and the account of its practice), auditing only
     * a refusal: for a caller that shows one record of the course and audits that look itself, as what it shows.
     */
    Party requireAuditingRefusal(
            Account viewer, UUID patientId, @Nullable UUID therapistAccountId, String action, String asked) {
        Party party = partyOf(viewer, patientId, therapistAccountId);
        if (party == null) {
            audit.record(viewer, patientId, "course", action, AuditLog.DENIED);
            throw new NotFoundException(asked);
        }
        return party;
    }

    /** Audits a course just booked by its patient. */
    void booked(Account patient) {
        audit.record(patient, patient.id(), "course", AuditLog.CREATE, AuditLog.ALLOWED);
    }

    /** Audits that a person read the list of their own courses. */
    void ownListRead(Account me) {
        audit.record(me, me.id(), "course", AuditLog.READ, AuditLog.ALLOWED);
    }

    /** Audits that the therapist read a list showing this client's course (their own client, so always allowed). */
    /** Someone asked for a patient's courses and may see none of them. */
    void refusedList(Account viewer, UUID patientId) {
        audit.record(viewer, patientId, "course", AuditLog.READ, AuditLog.DENIED);
    }

    void listed(Account therapist, UUID patientId) {
        audit.record(therapist, patientId, "course", AuditLog.READ, AuditLog.ALLOWED);
    }

    static @Nullable Party partyOf(Account viewer, UUID patientId, Therapist therapist) {
        return partyOf(viewer, patientId, therapist.accountId());
    }

    private static @Nullable Party partyOf(Account viewer, UUID patientId, @Nullable UUID therapistAccountId) {
        if (viewer.id().equals(patientId)) {
            return Party.PATIENT;
        }
        if (Objects.equals(therapistAccountId, viewer.id())) {
            return Party.THERAPIST;
        }
        return null;
    }
}
