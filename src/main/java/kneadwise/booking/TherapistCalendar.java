package kneadwise.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One therapist's bookable time over a window: their weekly hours in their own time zone, minus what is busy, from
 * the booking lead time up to the booking horizon. Pure: the caller loads the hours and busy times.
 *
 * <p>Sessions of a course keep their local wall-clock time: a weekly 18:00 session stays at 18:00 in the therapist's
 * zone across a daylight-saving change, so its instant moves by an hour. A local time that the change skips (02:30
 * on the spring-forward night) does not exist and is not offered.
 */
final class TherapistCalendar {

    private final ZoneId zone;
    private final Duration session;
    private final WeeklyHours hours;
    private final BusyTimes busy;
    private final Instant earliest;
    private final Instant latest;

    /**
     * @param earliest the first instant a session may start (now plus the booking lead time)
     * @param latest the last instant a first session may start (the booking horizon)
     */
    TherapistCalendar(
            ZoneId zone, Duration session, WeeklyHours hours, BusyTimes busy, Instant earliest, Instant latest) {
        this.zone = zone;
        this.session = session;
        this.hours = hours;
        this.busy = busy;
        this.earliest = earliest;
        this.latest = latest;
    }

    ZoneId zone() {
        return zone;
    }

    Duration session() {
        return session;
    }

    /** Why a session starting at this local time cannot be booked, or empty when it can. */
    Optional<Unavailable> check(LocalDateTime localStart) {
        ZonedDateTime start = localStart.atZone(zone);
        if (!start.toLocalDateTime().equals(localStart)) {
            return Optional.of(Unavailable.NOT_WORKING); // skipped by a daylight-saving change
        }
        Instant instant = start.toInstant();
        if (instant.isBefore(earliest)) {
            return Optional.of(Unavailable.TOO_SOON);
        }
        if (!hours.offers(localStart.getDayOfWeek(), localStart.toLocalTime(), session)) {
            return Optional.of(Unavailable.NOT_WORKING);
        }
        return busy.clash(instant, instant.plus(session)).map(clash -> Unavailable.of(clash.reason()));
    }

    /** Free session starts on the days from {@code from} up to but not including {@code until}, earliest first. */
    List<ZonedDateTime> freeStarts(LocalDate from, LocalDate until) {
        List<ZonedDateTime> free = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            for (LocalTime time : hours.startTimes(day.getDayOfWeek(), session)) {
                LocalDateTime start = day.atTime(time);
                if (check(start).isEmpty() && !start.atZone(zone).toInstant().isAfter(latest)) {
                    free.add(start.atZone(zone));
                }
            }
        }
        return free;
    }

    /** The first unavailable session of a course, by session number (1-based), or empty when all are free. */
    Optional<SessionProblem> firstProblem(LocalDateTime first, int sessions, int everyDays) {
        for (int number = 1; number <= sessions; number++) {
            Optional<SessionProblem> problem = problemOf(first, number, everyDays);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Every unavailable session of a course, for a 409 answer. */
    List<SessionProblem> problems(LocalDateTime first, int sessions, int everyDays) {
        List<SessionProblem> problems = new ArrayList<>();
        for (int number = 1; number <= sessions; number++) {
            problemOf(first, number, everyDays).ifPresent(problems::add);
        }
        return problems;
    }

    /** Why session {@code number} cannot be had; only the first session must start within the booking horizon. */
    private Optional<SessionProblem> problemOf(LocalDateTime first, int number, int everyDays) {
        LocalDateTime start = sessionStart(first, number, everyDays);
        if (number == 1 && first.atZone(zone).toInstant().isAfter(latest)) {
            return Optional.of(new SessionProblem(1, first, Unavailable.TOO_FAR_AHEAD));
        }
        return check(start).map(reason -> new SessionProblem(number, start, reason));
    }

    record SessionProblem(int session, LocalDateTime start, Unavailable reason) {}

    /** Session {@code number} (1-based) of a course: same local time, {@code everyDays} apart. */
    static LocalDateTime sessionStart(LocalDateTime first, int number, int everyDays) {
        return first.plusDays((long) (number - 1) * everyDays);
    }

    /**
     * The earliest first session, on the days from {@code from} before {@code until}, of a course whose every
     * session is free; optionally only on one weekday and at one local time.
     */
    Optional<ZonedDateTime> earliestCourseStart(
            LocalDate from,
            LocalDate until,
            int sessions,
            int everyDays,
            @Nullable DayOfWeek weekday,
            @Nullable LocalTime time) {
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (weekday != null && day.getDayOfWeek() != weekday) {
                continue;
            }
            List<LocalTime> times = time != null ? List.of(time) : hours.startTimes(day.getDayOfWeek(), session);
            for (LocalTime start : times) {
                if (firstProblem(day.atTime(start), sessions, everyDays).isEmpty()) {
                    return Optional.of(day.atTime(start).atZone(zone));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Courses to offer instead of one that cannot be booked: whole courses that fit, starting within four weeks
     * either side of the time asked, the closest first (same time on another day of the same week is close).
     */
    List<ZonedDateTime> alternatives(LocalDateTime wanted, int sessions, int everyDays, int count) {
        LocalDate from = wanted.toLocalDate().minusWeeks(4);
        LocalDate until = wanted.toLocalDate().plusWeeks(4).plusDays(1);
        Instant asked = wanted.atZone(zone).toInstant();
        return freeStarts(from, until).stream()
                .filter(start -> firstProblem(start.toLocalDateTime(), sessions, everyDays)
                        .isEmpty())
                .sorted(Comparator.comparing((ZonedDateTime start) ->
                        Duration.between(asked, start.toInstant()).abs()))
                .limit(count)
                .sorted()
                .toList();
    }
}
