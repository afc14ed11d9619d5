package kneadwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.booking.BookingsInBulk.NewCourse;
import kneadwise.booking.BookingsInBulk.NewSession;
import kneadwise.booking.WeeklyHours;
import kneadwise.directory.PostalCodes;
import kneadwise.directory.Therapist;
import org.junit.jupiter.api.Test;

/** Made-up calendars are plausible and obey the rules the database will enforce. */
class DemoCalendarsTest {

    static final PostalCodes POSTAL_CODES = new PostalCodes();

    @Test
    void coursesFitTheHoursAndNeverOverlapForATherapistOrAPatient() {
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            patients.add(UUID.randomUUID());
        }
        DemoDirectory directory = new DemoDirectory(3, POSTAL_CODES);
        DemoCalendars calendars = new DemoCalendars(3, patients);
        Instant now = Instant.parse("2027-02-15T12:00:00Z");
        Map<UUID, List<NewSession>> byPatient = new HashMap<>();
        int withCourses = 0;
        for (int i = 0; i < 500; i++) {
            Therapist therapist = directory.next();
            WeeklyHours hours = calendars.hours();
            assertThat(hours.periods()).isNotEmpty();
            List<NewCourse> courses = calendars.courses(therapist, hours, now);
            withCourses += courses.isEmpty() ? 0 : 1;
            List<NewSession> sessions =
                    courses.stream().flatMap(c -> c.sessions().stream()).toList();
            assertNoOverlap(sessions);
            for (NewCourse course : courses) {
                for (NewSession session : course.sessions()) {
                    LocalDateTime local = LocalDateTime.ofInstant(session.start(), therapist.timeZone());
                    assertThat(hours.offers(
                                    local.getDayOfWeek(),
                                    local.toLocalTime(),
                                    Duration.ofMinutes(therapist.sessionMinutes())))
                            .as("%s at %s", therapist.name(), local)
                            .isTrue();
                    assertThat(session.start()).isAfter(now);
                    byPatient
                            .computeIfAbsent(course.patientId(), id -> new ArrayList<>())
                            .add(session);
                }
            }
        }
        byPatient.values().forEach(DemoCalendarsTest::assertNoOverlap);
        assertThat(withCourses).isBetween(150, 350); // about half
    }

    private static void assertNoOverlap(List<NewSession> sessions) {
        for (int a = 0; a < sessions.size(); a++) {
            for (int b = a + 1; b < sessions.size(); b++) {
                NewSession one = sessions.get(a);
                NewSession two = sessions.get(b);
                assertThat(one.start().isBefore(two.end()) && two.start().isBefore(one.end()))
                        .as("%s and %s overlap", one, two)
                        .isFalse();
            }
        }
    }
}
