package kneadwise.booking;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.People;
import kneadwise.directory.GeoPoint;
import kneadwise.directory.Technique;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.testing.ServiceClient;

/** Therapists with an account, a directory profile and working hours (an object mother for booking tests). */
public final class Practices {

    /** A therapist signed in through the API, and their directory profile. */
    public record Practice(ServiceClient client, String email, Therapist profile) {

        public UUID id() {
            return profile.id();
        }
    }

    private Practices() {}

    /** As below, for tests outside booking (the calendar store is booking's own). */
    public static Practice open(
            ServiceClient service, org.springframework.context.ApplicationContext context, ZoneId zone) {
        return open(service, context.getBean(Therapists.class), context.getBean(Calendars.class), zone);
    }

    /** Open Monday to Friday 09:00-19:00 local (as {@link TherapistCalendarTest#WEEKDAYS} without the Sunday). */
    public static Practice open(ServiceClient service, Therapists therapists, Calendars calendars, ZoneId zone) {
        String email = People.signUp(service, "THERAPIST");
        ServiceClient client = People.signedIn(service, email);
        UUID accountId =
                UUID.fromString(People.json(client.get("/api/v1/me")).get("id").asString());
        Therapist profile = new Therapist(
                UUID.randomUUID(),
                accountId,
                "Dana Practice",
                "NY",
                "MT-" + accountId.toString().substring(0, 6),
                null,
                null,
                List.of(),
                List.of(Technique.SWEDISH),
                false,
                false,
                List.of("en"),
                "female",
                new BigDecimal("70.00"),
                List.of(),
                "1 Main Street",
                "10001",
                new GeoPoint(40.75, -73.99),
                60,
                zone,
                24);
        therapists.add(profile);
        calendars.replaceHours(
                profile.id(),
                new WeeklyHours(TherapistCalendarTest.WEEKDAYS.periods().stream()
                        .filter(period -> period.day() != java.time.DayOfWeek.SUNDAY)
                        .toList()));
        return new Practice(client, email, profile);
    }
}
