package kneadwise.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.directory.CourseAvailability;
import kneadwise.directory.CourseWanted;
import kneadwise.directory.TherapistMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The directory's question "when could this course start?" for a page of therapists at once: two queries (their
 * weekly hours and their busy times over the weeks looked at), then each calendar is searched in memory.
 */
@Component
class BookableCourses implements CourseAvailability {

    private final Calendars calendars;
    private final HoursForSearch hoursForSearch;
    private final Clock clock;

    BookableCourses(Calendars calendars, HoursForSearch hoursForSearch, Clock clock) {
        this.calendars = calendars;
        this.hoursForSearch = hoursForSearch;
        this.clock = clock;
    }

    @Override
    public Map<UUID, ZonedDateTime> nextCourseStarts(List<TherapistMatch> therapists, CourseWanted wanted) {
        if (therapists.isEmpty()) {
            return Map.of();
        }
        Map<UUID, WeeklyHours> hours =
                hoursForSearch.of(therapists.stream().map(TherapistMatch::id).toList());
        // Only therapists whose week has the wanted day and time can have the course: their calendars are read.
        List<TherapistMatch> possible = therapists.stream()
                .filter(therapist -> couldOffer(hours.get(therapist.id()), therapist, wanted))
                .toList();
        if (possible.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(7L * (BookingRules.SEARCH_WEEKS + wanted.sessions()) + 2));
        Map<UUID, List<Busy>> busy = calendars.therapistBusy(
                possible.stream().map(TherapistMatch::id).toList(), now, until, null);
        Map<UUID, ZonedDateTime> starts = new HashMap<>();
        for (TherapistMatch therapist : possible) {
            WeeklyHours week = hours.getOrDefault(therapist.id(), new WeeklyHours(List.of()));
            TherapistCalendar calendar = new TherapistCalendar(
                    therapist.timeZone(),
                    Duration.ofMinutes(therapist.sessionMinutes()),
                    week,
                    BusyTimes.of(busy.getOrDefault(therapist.id(), List.of())),
                    now.plus(BookingRules.LEAD_TIME),
                    now.plus(BookingRules.HORIZON));
            LocalDate today = LocalDate.ofInstant(now, therapist.timeZone());
            calendar.earliestCourseStart(
                            today,
                            today.plusWeeks(BookingRules.SEARCH_WEEKS),
                            wanted.sessions(),
                            7,
                            wanted.weekday(),
                            wanted.time())
                    .ifPresent(start -> starts.put(therapist.id(), start));
        }
        return starts;
    }

    /** Whether the week has any start at all, on the wanted weekday and at the wanted time when they are given. */
    static boolean couldOffer(@Nullable WeeklyHours week, TherapistMatch therapist, CourseWanted wanted) {
        if (week == null || week.periods().isEmpty()) {
            return false; // no working hours yet: nothing can be booked
        }
        Duration session = Duration.ofMinutes(therapist.sessionMinutes());
        DayOfWeek[] days = wanted.weekday() == null ? DayOfWeek.values() : new DayOfWeek[] {wanted.weekday()};
        for (DayOfWeek day : days) {
            boolean fits = wanted.time() == null
                    ? !week.startTimes(day, session).isEmpty()
                    : week.offers(day, wanted.time(), session);
            if (fits) {
                return true;
            }
        }
        return false;
    }
}
