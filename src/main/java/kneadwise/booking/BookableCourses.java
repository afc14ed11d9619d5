package kneadwise.booking;

import java.time.Clock;
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
import org.springframework.stereotype.Component;

/**
 * The directory's question "when could this course start?" for a page of therapists at once: two queries (their
 * weekly hours and their busy times over the weeks looked at), then each calendar is searched in memory.
 */
@Component
class BookableCourses implements CourseAvailability {

    private final Calendars calendars;
    private final Clock clock;

    BookableCourses(Calendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public Map<UUID, ZonedDateTime> nextCourseStarts(List<TherapistMatch> therapists, CourseWanted wanted) {
        if (therapists.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = therapists.stream().map(TherapistMatch::id).toList();
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(7L * (BookingRules.SEARCH_WEEKS + wanted.sessions()) + 2));
        Map<UUID, WeeklyHours> hours = calendars.hoursOf(ids);
        Map<UUID, List<Busy>> busy = calendars.therapistBusy(ids, now, until, null);
        Map<UUID, ZonedDateTime> starts = new HashMap<>();
        for (TherapistMatch therapist : therapists) {
            WeeklyHours week = hours.get(therapist.id());
            if (week == null) {
                continue; // no working hours yet: nothing can be booked
            }
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
}
