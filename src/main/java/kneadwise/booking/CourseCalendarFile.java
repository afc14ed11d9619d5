package kneadwise.booking;

import java.time.Clock;
import java.time.ZonedDateTime;
import kneadwise.directory.Therapist;
import kneadwise.system.UsDates;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * A course as an iCalendar file (RFC 5545, with ical4j): one event per session at the therapist's local time with
 * their zone's VTIMEZONE, so calendar programs keep 18:00 at 18:00 across daylight-saving changes. Cancelled sessions
 * stay in the file as cancelled events, so a calendar that imported them earlier drops them on re-import.
 */
@Component
class CourseCalendarFile {

    /** Building the registry reads ical4j's zone definitions; one is enough. */
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Clock clock;

    CourseCalendarFile(Clock clock) {
        this.clock = clock;
    }

    /** The file as a download, for the API and the course page alike. */
    org.springframework.http.ResponseEntity<String> download(Course course, Therapist therapist) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType(
                        "text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"massage-course.ics\"")
                .body(of(course, therapist));
    }

    String of(Course course, Therapist therapist) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kneadwise//Massage course//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        TimeZone zone = zones.getTimeZone(therapist.timeZone().getId());
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        for (Appointment appointment : course.appointments()) {
            calendar.add(event(appointment, course, therapist));
        }
        return calendar.toString();
    }

    private VEvent event(Appointment appointment, Course course, Therapist therapist) {
        ZonedDateTime start = appointment.start().atZone(therapist.timeZone());
        ZonedDateTime end = appointment.end().atZone(therapist.timeZone());
        String summary = "Massage with " + therapist.name() + " (session " + appointment.session() + " of "
                + course.sessions() + ")";
        VEvent event = new VEvent(start, end, summary);
        event.replace(new DtStamp(clock.instant()));
        event.add(new Uid(appointment.id() + "@kneadwise"));
        if (therapist.address() != null) {
            event.add(new Location(therapist.address()));
        }
        event.add(new Description("Session " + appointment.session() + " of your massage course: "
                + UsDates.DATE_TIME_AND_ZONE.format(start) + ", " + therapist.sessionMinutes() + " minutes. To cancel"
                + " or move it, open Kneadwise at least " + therapist.cancellationNoticeHours() + " hours before."));
        event.add(appointment.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
