package kneadwise.booking;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kneadwise.system.Refusal;

/** The ways a booking, a cancellation or a move is refused besides invalid fields; each has its own status. */
final class BookingRefusals {

    private BookingRefusals() {}

    /**
     * 409: one or more sessions cannot be had; whole courses (or times) that can are offered instead. The problem
     * document lists what clashed ({@code conflicts}) and what is free instead ({@code alternatives}).
     */
    static final class NotAvailable extends Refusal {
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
            super(409, "not-available", "Not available", detail(problems, zone, sessions, !alternatives.isEmpty()));
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

        @Override
        public Map<String, Object> members() {
            List<Conflict> conflicts = problems.stream()
                    .map(problem -> new Conflict(
                            problem.session(),
                            inZone(problem.start()).toOffsetDateTime().toString(),
                            problem.reason()))
                    .toList();
            List<Alternative> instead = alternatives.stream()
                    .map(first -> alternative(first, sessions, everyDays))
                    .toList();
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("conflicts", conflicts);
            members.put("alternatives", instead);
            return members;
        }

        private static String detail(
                List<TherapistCalendar.SessionProblem> problems, ZoneId zone, int sessions, boolean alternatives) {
            TherapistCalendar.SessionProblem first = problems.getFirst();
            return (sessions == 1
                            ? "This time"
                            : "Session " + first.session() + " of " + sessions + " ("
                                    + first.start().atZone(zone).toOffsetDateTime() + ")")
                    + " cannot be booked: " + explain(first.reason())
                    + (alternatives ? " See the alternatives." : "");
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
    }

    /** One session that cannot be had, and why. */
    record Conflict(int session, String start, Unavailable reason) {}

    /** A whole course (or, when moving one session, one time) that can be booked instead. */
    record Alternative(String firstSessionStart, List<String> sessionStarts) {}

    /** Why a session cannot be had, in words for the person. */
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

    /** 422: the person's latest check-in says massage is not for now (CLINICAL.md section 2: no booking). */
    static final class MassageNotNow extends Refusal {
        private static final long serialVersionUID = 1L;

        MassageNotNow() {
            super(422, "massage-not-now", "Massage is not advised now", """
                    Your latest check-in says to see a doctor before massage, so a course cannot be booked now. \
                    When a doctor has cleared you, check in again and book.""");
        }
    }

    /** 403: only people booking for themselves (patient accounts) book courses. */
    static final class PatientsOnly extends Refusal {
        private static final long serialVersionUID = 1L;

        PatientsOnly() {
            super(403, "patients-only", "Only patients book courses", "Only patient accounts book courses.");
        }
    }

    /** 409: too late to cancel or move a session under the therapist's notice rule, or the session is over. */
    static final class TooLate extends Refusal {
        private static final long serialVersionUID = 1L;

        TooLate(String why) {
            super(409, "too-late", "Too late to change this session", why);
        }
    }

    /** 409: time off cannot cover sessions that are booked; they are cancelled or moved first. */
    static final class SessionsInTheWay extends Refusal {
        private static final long serialVersionUID = 1L;

        SessionsInTheWay(String why) {
            super(409, "sessions-booked", "Sessions are booked in that time", why);
        }
    }
}
