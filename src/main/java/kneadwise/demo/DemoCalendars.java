package kneadwise.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kneadwise.booking.BookingsInBulk;
import kneadwise.booking.BookingsInBulk.NewCourse;
import kneadwise.booking.BookingsInBulk.NewSession;
import kneadwise.booking.OpeningHours;
import kneadwise.booking.WeeklyHours;
import kneadwise.directory.Therapist;

/**
 * Made-up working weeks and booked courses for {@code ./kneadwise demo-data}: most practices open weekdays, some
 * evenings and Saturdays; about half have one to three courses booked over the coming three weeks, each with a demo
 * patient who has no other session at that time.
 */
final class DemoCalendars {

    private final Random random;
    private final List<UUID> patients;
    private final Map<UUID, BusyList> patientSessions = new HashMap<>();

    /** Sessions already given out, to keep one therapist's and one patient's apart while generating. */
    private static final class BusyList {
        final List<Instant[]> intervals = new ArrayList<>();

        boolean free(Instant start, Instant end) {
            return intervals.stream().noneMatch(i -> i[0].isBefore(end) && start.isBefore(i[1]));
        }
    }

    DemoCalendars(long seed, List<UUID> patients) {
        this.random = new Random(seed * 31 + 7);
        this.patients = List.copyOf(patients);
    }

    WeeklyHours hours() {
        int kind = random.nextInt(20);
        if (kind < 12) {
            return week(LocalTime.of(9, 0), LocalTime.of(17, 0), DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        if (kind < 17) {
            return week(LocalTime.of(10, 0), LocalTime.of(19, 0), DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
        }
        List<OpeningHours> evenings = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            evenings.add(new OpeningHours(day, LocalTime.of(12, 0), LocalTime.of(20, 0)));
        }
        evenings.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        return new WeeklyHours(evenings);
    }

    private static WeeklyHours week(LocalTime opens, LocalTime closes, DayOfWeek first, DayOfWeek last) {
        List<OpeningHours> days = new ArrayList<>();
        for (int day = first.getValue(); day <= last.getValue(); day++) {
            days.add(new OpeningHours(DayOfWeek.of(day), opens, closes));
        }
        return new WeeklyHours(days);
    }

    /** Zero to three weekly courses within the therapist's hours, starting in the next three weeks. */
    List<NewCourse> courses(Therapist therapist, WeeklyHours hours, Instant now) {
        List<NewCourse> courses = new ArrayList<>();
        if (patients.isEmpty() || random.nextBoolean()) {
            return courses;
        }
        BusyList therapistSessions = new BusyList();
        Duration length = Duration.ofMinutes(therapist.sessionMinutes());
        LocalDate today = LocalDate.ofInstant(now, therapist.timeZone());
        for (int c = 1 + random.nextInt(3); c > 0; c--) {
            LocalDate day = today.plusDays(1 + random.nextInt(21));
            List<LocalTime> times = hours.startTimes(day.getDayOfWeek(), length);
            if (times.isEmpty()) {
                continue;
            }
            LocalDateTime first = day.atTime(times.get(random.nextInt(times.size())));
            int sessions = random.nextInt(3) == 0 ? 1 + random.nextInt(5) : 6;
            List<Instant> starts = new ArrayList<>();
            for (int n = 1; n <= sessions; n++) {
                starts.add(BookingsInBulk.sessionStart(first, n, 7)
                        .atZone(therapist.timeZone())
                        .toInstant());
            }
            UUID patient = patients.get(random.nextInt(patients.size()));
            BusyList patientBusy = patientSessions.computeIfAbsent(patient, id -> new BusyList());
            boolean free = starts.stream()
                    .allMatch(start -> therapistSessions.free(start, start.plus(length))
                            && patientBusy.free(start, start.plus(length)));
            if (!free) {
                continue;
            }
            UUID courseId = new UUID(random.nextLong(), random.nextLong());
            List<NewSession> booked = new ArrayList<>();
            for (Instant start : starts) {
                therapistSessions.intervals.add(new Instant[] {start, start.plus(length)});
                patientBusy.intervals.add(new Instant[] {start, start.plus(length)});
                booked.add(new NewSession(new UUID(random.nextLong(), random.nextLong()), start, start.plus(length)));
            }
            courses.add(new NewCourse(courseId, therapist.id(), patient, 7, now, booked));
        }
        return courses;
    }
}
