package kneadwise.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What other modules may know of a course (outcomes logs pain and function per session): who is in it, and when
 * each session is. Only the patient and the therapist get it; anyone else is told the course does not exist, and
 * every look is audited, as for the course itself.
 */
@Service
public class CourseOutlines {

    /** One planned session; a cancelled one keeps its number, and says when it was cancelled. */
    public record SessionTime(
            int session,
            Instant start,
            Instant end,
            @Nullable Instant cancelledAt) {

        public boolean cancelled() {
            return cancelledAt != null;
        }
    }

    /**
     * @param viewerIsPatient whether the account that asked is the course's patient (else its therapist)
     * @param everyDays days between sessions
     */
    public record CourseOutline(
            UUID id,
            UUID patientId,
            UUID therapistId,
            @Nullable UUID therapistAccountId,
            String therapistName,
            ZoneId timeZone,
            int sessions,
            List<SessionTime> times,
            boolean viewerIsPatient,
            int everyDays,
            Instant bookedAt) {

        public CourseOutline {
            times = List.copyOf(times);
        }
    }

    /** An active session of a course, for jobs that follow courses (outcomes' log reminders). */
    public record BookedSession(
            UUID courseId,
            int session,
            int sessions,
            UUID patientId,
            String therapistName,
            ZoneId timeZone,
            Instant start,
            Instant end) {}

    private final Courses courses;
    private final Therapists therapists;
    private final CourseAccess access;
    private final CourseParties partiesOfCourses;

    CourseOutlines(Courses courses, Therapists therapists, CourseAccess access, CourseParties partiesOfCourses) {
        this.courses = courses;
        this.therapists = therapists;
        this.access = access;
        this.partiesOfCourses = partiesOfCourses;
    }

    /** Active sessions starting in [from, to). */
    public List<BookedSession> startingBetween(Instant from, Instant to) {
        return booked(courses.sessionsBetween(false, from, to));
    }

    /** Active sessions ending in [from, to). */
    public List<BookedSession> endingBetween(Instant from, Instant to) {
        return booked(courses.sessionsBetween(true, from, to));
    }

    private List<BookedSession> booked(List<Courses.SessionOfCourse> sessions) {
        Map<UUID, Optional<Therapist>> therapistsById = new HashMap<>();
        List<BookedSession> booked = new ArrayList<>();
        for (Courses.SessionOfCourse found : sessions) {
            Appointment session = found.appointment();
            therapistsById
                    .computeIfAbsent(session.therapistId(), therapists::find)
                    .ifPresent(therapist -> booked.add(new BookedSession(
                            session.courseId(),
                            session.session(),
                            found.sessions(),
                            session.patientId(),
                            therapist.name(),
                            therapist.timeZone(),
                            session.start(),
                            session.end())));
        }
        return booked;
    }

    /**
     * The courses of this therapist's own practice, newest booking first, as they see them; each client listed is
     * audited once.
     */
    public List<CourseOutline> ofTherapist(Account viewer, Therapist therapist) {
        if (!viewer.id().equals(therapist.accountId())) {
            throw new NotFoundException("practice " + therapist.id());
        }
        List<Course> theirs = courses.ofTherapist(therapist.id());
        theirs.stream().map(Course::patientId).distinct().forEach(patient -> access.listed(viewer, patient));
        return theirs.stream().map(course -> outline(course, therapist, false)).toList();
    }

    /** The same by the practice's id: none when it does not exist or is not the viewer's own. */
    public List<CourseOutline> ofPractice(Account viewer, UUID therapistId) {
        return therapists
                .find(therapistId)
                .filter(therapist -> viewer.id().equals(therapist.accountId()))
                .map(therapist -> ofTherapist(viewer, therapist))
                .orElse(List.of());
    }

    /**
     * The patient's courses {@code viewer} may see, newest booking first: all of them for the patient, the ones of
     * their own practice for a therapist, none for anyone else. Each course shown is audited as a look at it; a
     * viewer who may see none of a patient's courses leaves one refusal in the log.
     */
    public List<CourseOutline> ofPatient(Account viewer, UUID patientId) {
        List<CourseOutline> seen = new ArrayList<>();
        Map<UUID, Optional<Therapist>> practices = new HashMap<>(); // a patient's courses are mostly with one
        for (Course course : courses.ofPatient(patientId)) {
            Optional<Therapist> therapist = practices.computeIfAbsent(course.therapistId(), therapists::find);
            if (therapist.isPresent() && CourseAccess.partyOf(viewer, patientId, therapist.get()) != null) {
                CourseAccess.Party party = access.require(viewer, course, therapist.get(), AuditLog.READ);
                seen.add(outline(course, therapist.get(), party == CourseAccess.Party.PATIENT));
            }
        }
        if (seen.isEmpty() && !viewer.id().equals(patientId)) {
            access.refusedList(viewer, patientId);
        }
        return seen;
    }

    /**
     * The course as {@code viewer} may see it, {@code action} being what they are doing with it (an AuditLog
     * action); a 404 when it does not exist or is not theirs.
     */
    public CourseOutline forViewer(Account viewer, UUID courseId, String action) {
        Course course = courses.find(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        Therapist therapist =
                therapists.find(course.therapistId()).orElseThrow(() -> new NotFoundException("course " + courseId));
        CourseAccess.Party party = access.require(viewer, course, therapist, action);
        return outline(course, therapist, party == CourseAccess.Party.PATIENT);
    }

    /**
     * Who is in a course the viewer may see, and which of them the viewer is: what deciding on one of its records
     * needs, without its sessions. Kept in memory (the parties never change), so usually no query. A refusal is
     * audited and answered as {@link #forViewer} does; an allowed look is the caller's to audit, as the record it
     * shows.
     */
    public record Parties(UUID courseId, UUID patientId, UUID therapistId, boolean viewerIsPatient) {}

    /** The course's parties as {@code viewer} may know them; a 404 when it does not exist or is not theirs. */
    public Parties partiesFor(Account viewer, UUID courseId, String action) {
        CourseParties.Parties parties =
                partiesOfCourses.of(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        CourseAccess.Party party = access.requireAuditingRefusal(
                viewer, parties.patientId(), parties.therapistAccountId(), action, "course " + courseId);
        return new Parties(courseId, parties.patientId(), parties.therapistId(), party == CourseAccess.Party.PATIENT);
    }

    static CourseOutline outline(Course course, Therapist therapist, boolean viewerIsPatient) {
        return new CourseOutline(
                course.id(),
                course.patientId(),
                therapist.id(),
                therapist.accountId(),
                therapist.name(),
                therapist.timeZone(),
                course.sessions(),
                course.appointments().stream()
                        .map(session -> new SessionTime(
                                session.session(), session.start(), session.end(), session.cancelledAt()))
                        .toList(),
                viewerIsPatient,
                course.everyDays(),
                course.bookedAt());
    }
}
