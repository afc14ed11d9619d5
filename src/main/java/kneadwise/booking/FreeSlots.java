package kneadwise.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import kneadwise.directory.Therapist;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The times a session could start with a therapist, for the slots API, the booking page and FHIR's Slots. */
@Component
public class FreeSlots {

    private final Calendars calendars;
    private final Clock clock;

    FreeSlots(Calendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Free starts from the day {@code from} to the day {@code to} (exclusive) in the therapist's zone, for anyone. */
    public List<ZonedDateTime> starts(Therapist therapist, LocalDate from, LocalDate to) {
        return starts(therapist, from, to, null);
    }

    /**
     * Free starts from the day {@code from} to the day {@code to} (exclusive) in the therapist's zone; with a patient,
     * the times of the patient's own other sessions are left out too.
     */
    List<ZonedDateTime> starts(Therapist therapist, LocalDate from, LocalDate to, @Nullable UUID patientId) {
        ZoneId zone = therapist.timeZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        BusyTimes busy = BusyTimes.of(calendars.therapistBusy(therapist.id(), start, end, null));
        if (patientId != null) {
            busy = busy.and(calendars.patientBusy(patientId, start, end, null));
        }
        TherapistCalendar calendar = new TherapistCalendar(
                zone,
                Duration.ofMinutes(therapist.sessionMinutes()),
                calendars.hoursOf(therapist.id()),
                busy,
                clock.instant().plus(BookingRules.LEAD_TIME),
                clock.instant().plus(BookingRules.HORIZON));
        return calendar.freeStarts(from, to);
    }

    /** Today's date where the therapist works. */
    public LocalDate today(Therapist therapist) {
        return LocalDate.now(clock.withZone(therapist.timeZone()));
    }
}
