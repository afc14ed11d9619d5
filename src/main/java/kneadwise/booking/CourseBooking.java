package kneadwise.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.Role;
import kneadwise.checkin.LatestAssessments;
import kneadwise.directory.Therapist;
import kneadwise.system.AfterCommit;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books a course: every session or none. The calendar is checked first to explain any refusal, but what decides a
 * race is PostgreSQL: the sessions are inserted in one transaction and the exclusion constraints on the calendar
 * refuse any overlap with a session committed meanwhile, so of many people asking for one time exactly one gets it.
 */
@Service
class CourseBooking {

    /** SQLSTATE of an exclusion constraint violation. */
    static final String EXCLUSION_VIOLATION = "23P01";

    /**
     * SQLSTATE of a deadlock. Two transactions inserting overlapping times each wait for the other's outcome before
     * their constraint check can finish; PostgreSQL breaks the tie by aborting one, which has lost the race.
     */
    static final String DEADLOCK = "40P01";

    private final Calendars calendars;
    private final Courses courses;
    private final LatestAssessments assessments;
    private final TransactionTemplate transactions;
    private final CourseAccess access;
    private final Clock clock;
    /** Courses booked on this node, for the operators' metrics ({@code kneadwise_bookings_total}). */
    private final Counter booked;

    CourseBooking(
            Calendars calendars,
            Courses courses,
            LatestAssessments assessments,
            TransactionTemplate transactions,
            CourseAccess access,
            Clock clock,
            MeterRegistry metrics) {
        this.access = access;
        this.booked = Counter.builder("kneadwise.bookings")
                .description("Courses booked (each with all its sessions)")
                .register(metrics);
        this.calendars = calendars;
        this.courses = courses;
        this.assessments = assessments;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether this account books courses at all: only patients do. The one check, for the API, pages and here. */
    static boolean books(Account account) {
        return account.role() == Role.PATIENT;
    }

    /** @throws BookingRefusals.PatientsOnly when this account does not book courses */
    static void requireBooker(Account account) {
        if (!books(account)) {
            throw new BookingRefusals.PatientsOnly();
        }
    }

    Course book(Account patient, Therapist therapist, Instant firstSession, int sessions, int everyDays) {
        requireBooker(patient);
        if (assessments
                .of(patient.id())
                .filter(LatestAssessments.Latest::notNow)
                .isPresent()) {
            throw new BookingRefusals.MassageNotNow();
        }
        LocalDateTime first = LocalDateTime.ofInstant(firstSession, therapist.timeZone());
        Course course = course(patient, therapist, first, sessions, everyDays);
        // A rival's session committed between our check and our insert makes PostgreSQL refuse ours; the check
        // then sees it and explains. A second round is only needed if that rival was cancelled meanwhile.
        for (int round = 1; ; round++) {
            refuseIfUnavailable(patient, therapist, first, sessions, everyDays, null);
            try {
                transactions.executeWithoutResult(status -> courses.insert(course));
                access.booked(patient);
                AfterCommit.run(booked::increment);
                return course;
            } catch (DataAccessException clash) {
                if (!lostTheRace(clash) || round == 3) {
                    throw clash;
                }
            }
        }
    }

    /** Throws {@link BookingRefusals.NotAvailable} with alternatives when any session cannot be had. */
    void refuseIfUnavailable(
            Account patient,
            Therapist therapist,
            LocalDateTime first,
            int sessions,
            int everyDays,
            @Nullable UUID except) {
        TherapistCalendar calendar = calendarAround(patient.id(), therapist, first, sessions, everyDays, except);
        List<TherapistCalendar.SessionProblem> problems = calendar.problems(first, sessions, everyDays);
        if (!problems.isEmpty()) {
            throw new BookingRefusals.NotAvailable(
                    problems,
                    calendar.alternatives(first, sessions, everyDays, BookingRules.ALTERNATIVES),
                    therapist.timeZone(),
                    sessions,
                    everyDays);
        }
    }

    /** The therapist's calendar, with the patient's own sessions, over four weeks either side of a course. */
    TherapistCalendar calendarAround(
            UUID patientId,
            Therapist therapist,
            LocalDateTime first,
            int sessions,
            int everyDays,
            @Nullable UUID except) {
        Instant now = clock.instant();
        Instant from = first.atZone(therapist.timeZone()).toInstant().minus(Duration.ofDays(29));
        Instant to =
                first.atZone(therapist.timeZone()).toInstant().plus(Duration.ofDays(29 + (long) sessions * everyDays));
        from = from.isBefore(now) ? now : from;
        BusyTimes busy = BusyTimes.of(calendars.therapistBusy(therapist.id(), from, to, except))
                .and(calendars.patientBusy(patientId, from, to, except));
        return new TherapistCalendar(
                therapist.timeZone(),
                Duration.ofMinutes(therapist.sessionMinutes()),
                calendars.hoursOf(therapist.id()),
                busy,
                now.plus(BookingRules.LEAD_TIME),
                now.plus(BookingRules.HORIZON));
    }

    private Course course(Account patient, Therapist therapist, LocalDateTime first, int sessions, int everyDays) {
        UUID id = UUID.randomUUID();
        Duration length = Duration.ofMinutes(therapist.sessionMinutes());
        List<Appointment> appointments = new ArrayList<>();
        for (int number = 1; number <= sessions; number++) {
            ZonedDateTime start =
                    TherapistCalendar.sessionStart(first, number, everyDays).atZone(therapist.timeZone());
            appointments.add(new Appointment(
                    UUID.randomUUID(),
                    id,
                    therapist.id(),
                    patient.id(),
                    number,
                    start.toInstant(),
                    start.toInstant().plus(length),
                    null));
        }
        return new Course(id, therapist.id(), patient.id(), sessions, everyDays, clock.instant(), appointments);
    }

    /** Whether PostgreSQL refused a write because another transaction holds (or is taking) that time. */
    static boolean lostTheRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (EXCLUSION_VIOLATION.equals(sql.getSQLState()) || DEADLOCK.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    Optional<Course> find(UUID id) {
        return courses.find(id);
    }

    /** The signed-in person's own courses, newest booking first; the look is audited. */
    List<Course> mine(Account me) {
        access.ownListRead(me);
        return coursesOf(me.id());
    }

    List<Course> coursesOf(UUID patientId) {
        return courses.ofPatient(patientId);
    }
}
