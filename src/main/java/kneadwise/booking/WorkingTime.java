package kneadwise.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import kneadwise.directory.Therapist;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's weekly hours and time off. Changing the hours leaves booked sessions where they are (the therapist
 * moves or cancels them); time off over a booked session is refused by the calendar's exclusion constraint.
 */
@Service
class WorkingTime {

    private final Calendars calendars;
    private final Courses courses;
    private final HoursForSearch hoursForSearch;
    private final Clock clock;

    WorkingTime(Calendars calendars, Courses courses, HoursForSearch hoursForSearch, Clock clock) {
        this.calendars = calendars;
        this.courses = courses;
        this.hoursForSearch = hoursForSearch;
        this.clock = clock;
    }

    WeeklyHours hoursOf(Therapist therapist) {
        return calendars.hoursOf(therapist.id());
    }

    @Transactional
    void replaceHours(Therapist therapist, WeeklyHours hours) {
        calendars.replaceHours(therapist.id(), hours);
        hoursForSearch.forget(therapist.id());
    }

    Calendars.TimeOff addTimeOff(Therapist therapist, Instant start, Instant end, @Nullable String note) {
        Calendars.TimeOff block = new Calendars.TimeOff(UUID.randomUUID(), start, end, note);
        try {
            calendars.addTimeOff(therapist.id(), block, clock.instant());
            return block;
        } catch (DataAccessException clash) {
            if (!CourseBooking.lostTheRace(clash)) {
                throw clash;
            }
            List<Appointment> booked = courses.scheduleOf(therapist.id(), start, end);
            throw new BookingRefusals.SessionsInTheWay((booked.isEmpty()
                            ? "Other time off overlaps it."
                            : "Sessions booked then: "
                                    + booked.stream()
                                            .map(session -> AppointmentChanges.when(session.start(), therapist))
                                            .collect(Collectors.joining("; "))
                                    + ".")
                    + " Cancel or move them first.");
        }
    }

    List<Calendars.TimeOff> upcomingTimeOff(Therapist therapist) {
        Instant now = clock.instant();
        return calendars.timeOff(therapist.id(), now, now.plus(Duration.ofDays(366)));
    }

    boolean removeTimeOff(Therapist therapist, UUID timeOffId) {
        return calendars.removeTimeOff(therapist.id(), timeOffId);
    }
}
