package kneadwise.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kneadwise.accounts.Account;
import kneadwise.accounts.AccountLookup;
import kneadwise.directory.Therapist;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import kneadwise.system.UsDates;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Cancelling and moving one session. The patient must do it at least the therapist's notice before the session
 * (their notice rule, shown on their profile); the therapist may at any time, and the patient is then emailed.
 * Nobody changes a session that has started.
 */
@Service
class AppointmentChanges {

    static final DateTimeFormatter WHEN = UsDates.DATE_AND_TIME;

    private final Courses courses;
    private final CourseBooking booking;
    private final AccountLookup accounts;
    private final Mailer mailer;
    private final Clock clock;

    AppointmentChanges(Courses courses, CourseBooking booking, AccountLookup accounts, Mailer mailer, Clock clock) {
        this.courses = courses;
        this.booking = booking;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
    }

    void cancel(Account by, CourseAccess.Party party, Appointment appointment, Therapist therapist) {
        if (appointment.cancelled()) {
            return; // cancelling twice changes nothing
        }
        requireInTime(party, appointment, therapist, "cancel");
        if (courses.cancel(appointment.id(), by.id(), clock.instant()) && party == CourseAccess.Party.THERAPIST) {
            tellPatient(
                    appointment,
                    therapist,
                    "cancelled",
                    "Your session on " + when(appointment.start(), therapist) + " with " + therapist.name()
                            + " is cancelled.");
        }
    }

    /** Moves one session to a new start; 409 with nearby free times when that time cannot be had. */
    Appointment move(
            Account by, CourseAccess.Party party, Appointment appointment, Therapist therapist, Instant newStart) {
        if (appointment.cancelled()) {
            throw new BookingRefusals.TooLate("This session was cancelled; book a new one instead.");
        }
        requireInTime(party, appointment, therapist, "move");
        LocalDateTime local = LocalDateTime.ofInstant(newStart, therapist.timeZone());
        Account patient = accounts.find(appointment.patientId()).orElseThrow();
        booking.refuseIfUnavailable(patient, therapist, local, 1, 1, appointment.id());
        Instant newEnd = newStart.plus(Duration.ofMinutes(therapist.sessionMinutes()));
        try {
            courses.move(appointment.id(), newStart, newEnd);
        } catch (DataAccessException clash) {
            if (!CourseBooking.lostTheRace(clash)) {
                throw clash;
            }
            booking.refuseIfUnavailable(patient, therapist, local, 1, 1, appointment.id());
            // The rival that took the time has gone again already: still, this attempt did not get it.
            throw new BookingRefusals.NotAvailable(
                    List.of(new TherapistCalendar.SessionProblem(1, local, Unavailable.TAKEN)),
                    List.of(),
                    therapist.timeZone(),
                    1,
                    1);
        }
        if (party == CourseAccess.Party.THERAPIST) {
            tellPatient(
                    appointment,
                    therapist,
                    "moved",
                    "Your session on " + when(appointment.start(), therapist) + " with " + therapist.name()
                            + " is moved to " + when(newStart, therapist) + ".");
        }
        return courses.appointment(appointment.id()).orElseThrow();
    }

    private void requireInTime(CourseAccess.Party party, Appointment appointment, Therapist therapist, String what) {
        Instant now = clock.instant();
        if (!appointment.start().isAfter(now)) {
            throw new BookingRefusals.TooLate("This session has already started or taken place.");
        }
        Duration notice = Duration.ofHours(therapist.cancellationNoticeHours());
        if (party == CourseAccess.Party.PATIENT && appointment.start().isBefore(now.plus(notice))) {
            throw new BookingRefusals.TooLate(therapist.name() + " asks for " + therapist.cancellationNoticeHours()
                    + " hours' notice to " + what + " a session, and this one starts "
                    + when(appointment.start(), therapist) + ". Please contact them directly.");
        }
    }

    private void tellPatient(Appointment appointment, Therapist therapist, String what, String text) {
        accounts.find(appointment.patientId())
                .ifPresent(patient -> mailer.send(new Mail(
                        patient.email(),
                        "Your massage session is " + what,
                        "Hello " + patient.name() + ",\n\n" + text
                                + "\n\nYour course and its calendar file are in your Kneadwise account.\n")));
    }

    static String when(Instant instant, Therapist therapist) {
        return WHEN.format(instant.atZone(therapist.timeZone()));
    }
}
