package kneadwise.booking;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The ways a booking, a cancellation or a move is refused besides invalid fields; each has its own status. */
final class BookingRefusals {

    private BookingRefusals() {}

    /** 409: one or more sessions cannot be had; whole courses (or times) that can are offered instead. */
    static final class NotAvailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient List<TherapistCalendar.SessionProblem> problems;
        private final transient List<ZonedDateTime> alternatives;
        private final transient ZoneId zone;
        private final int sessions;
        private final int everyDays;

        NotAvailable(
                List<TherapistCalendar.SessionProblem> problems,
                List<ZonedDateTime> alternatives,
                ZoneId zone,
                int sessions,
                int everyDays) {
            super("Not available: " + problems);
            this.problems = List.copyOf(problems);
            this.alternatives = List.copyOf(alternatives);
            this.zone = zone;
            this.sessions = sessions;
            this.everyDays = everyDays;
        }

        List<TherapistCalendar.SessionProblem> problems() {
            return problems;
        }

        List<ZonedDateTime> alternatives() {
            return alternatives;
        }

        ZonedDateTime inZone(LocalDateTime local) {
            return local.atZone(zone);
        }

        int sessions() {
            return sessions;
        }

        int everyDays() {
            return everyDays;
        }
    }

    /** 422: the person's latest check-in says massage is not for now (CLINICAL.md section 2: no booking). */
    static final class MassageNotNow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MassageNotNow() {
            super("""
                    Your latest check-in says to see a doctor before massage, so a course cannot be booked now. \
                    When a doctor has cleared you, check in again and book.""");
        }
    }

    /** 403: only people booking for themselves (patient accounts) book courses. */
    static final class PatientsOnly extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PatientsOnly() {
            super("Only patient accounts book courses.");
        }
    }

    /** 409: too late to cancel or move a session under the therapist's notice rule, or the session is over. */
    static final class TooLate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLate(String why) {
            super(why);
        }
    }

    /** 409: time off cannot cover sessions that are booked; they are cancelled or moved first. */
    static final class SessionsInTheWay extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SessionsInTheWay(String why) {
            super(why);
        }
    }
}
