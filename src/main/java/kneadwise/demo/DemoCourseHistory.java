package kneadwise.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kneadwise.booking.BookingsInBulk;
import kneadwise.booking.BookingsInBulk.NewCourse;
import kneadwise.booking.BookingsInBulk.NewSession;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.booking.OpeningHours;
import kneadwise.booking.WeeklyHours;
import kneadwise.directory.Therapist;
import org.springframework.stereotype.Service;

/**
 * Finished courses in the past, for {@code ./kneadwise demo-outcomes}. Each demo therapist works Monday to Wednesday
 * and has six weekly places (those days at 10:00 and 14:00, their time). Going back {@link #BLOCKS} blocks of six
 * weeks, every place holds one course of six weekly sessions per block. A demo patient keeps one place for one to
 * four blocks in a row, so their courses follow each other with the same therapist: no therapist and no patient
 * ever has two sessions at once, and PostgreSQL's exclusion constraints check that again on insert.
 */
@Service
public class DemoCourseHistory {

    public static final int SESSIONS = 6;
    static final int BLOCKS = 8;
    private static final int BLOCK_WEEKS = 6;
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    private static final List<LocalTime> TIMES = List.of(LocalTime.of(10, 0), LocalTime.of(14, 0));
    private static final WeeklyHours HOURS = new WeeklyHours(DAYS.stream()
            .map(day -> new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .toList());

    /** How many courses one therapist takes at most. */
    public static final int COURSES_PER_THERAPIST = BLOCKS * DAYS.size() * TIMES.size();

    /** A course whose six sessions all lie in the past. */
    public record FinishedCourse(UUID id, UUID therapistId, UUID patientId, ZoneId timeZone, List<SessionTime> times) {

        public FinishedCourse {
            times = List.copyOf(times);
        }
    }

    /** Makes that many new patients and returns their ids. */
    @FunctionalInterface
    public interface NewPatients {
        List<UUID> create(int count);
    }

    private final BookingsInBulk bookings;

    DemoCourseHistory(BookingsInBulk bookings) {
        this.bookings = bookings;
    }

    /**
     * Gives these (new) therapists their working hours and books {@code wanted} finished courses with them, filling
     * each therapist's places before the next one's; at most {@link #COURSES_PER_THERAPIST} per therapist.
     */
    public List<FinishedCourse> add(
            List<Therapist> therapists, int wanted, NewPatients newPatients, Instant now, Random random) {
        record Planned(Therapist therapist, int place, int block, int patient) {}
        List<Planned> planned = new ArrayList<>();
        int patients = 0;
        for (Therapist therapist : therapists) {
            for (int place = 0; place < DAYS.size() * TIMES.size(); place++) {
                for (int block = 0; block < BLOCKS && planned.size() < wanted; ) {
                    int run = Math.min(1 + random.nextInt(4), BLOCKS - block);
                    for (int i = 0; i < run && planned.size() < wanted; i++, block++) {
                        planned.add(new Planned(therapist, place, block, patients));
                    }
                    patients++;
                }
            }
        }
        List<UUID> patientIds = newPatients.create(patients);
        Map<UUID, WeeklyHours> hours = new HashMap<>();
        List<NewCourse> booked = new ArrayList<>(planned.size());
        List<FinishedCourse> finished = new ArrayList<>(planned.size());
        for (Planned plan : planned) {
            Therapist therapist = plan.therapist();
            hours.put(therapist.id(), HOURS);
            LocalDateTime first = firstSession(therapist.timeZone(), plan.place(), plan.block(), now);
            UUID courseId = new UUID(random.nextLong(), random.nextLong());
            UUID patientId = patientIds.get(plan.patient());
            List<NewSession> sessions = new ArrayList<>(SESSIONS);
            List<SessionTime> times = new ArrayList<>(SESSIONS);
            for (int n = 1; n <= SESSIONS; n++) {
                Instant start = BookingsInBulk.sessionStart(first, n, 7)
                        .atZone(therapist.timeZone())
                        .toInstant();
                Instant end = start.plusSeconds(60L * therapist.sessionMinutes());
                sessions.add(new NewSession(new UUID(random.nextLong(), random.nextLong()), start, end));
                times.add(new SessionTime(n, start, end, null));
            }
            Instant bookedAt = times.getFirst().start().minusSeconds(7 * 24 * 3600L);
            booked.add(new NewCourse(courseId, therapist.id(), patientId, 7, bookedAt, sessions));
            finished.add(new FinishedCourse(courseId, therapist.id(), patientId, therapist.timeZone(), times));
        }
        bookings.addWorkingHours(hours);
        bookings.addCourses(booked);
        return finished;
    }

    /**
     * The first session of the course in this place and block. Block 0 is the oldest; the newest ends at least a week
     * before {@code now}, and each block's six weeks end before the next one starts.
     */
    static LocalDateTime firstSession(ZoneId zone, int place, int block, Instant now) {
        LocalDate thisMonday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate blockMonday = thisMonday.minusWeeks((long) BLOCK_WEEKS * (BLOCKS - block) + 1);
        return blockMonday
                .with(TemporalAdjusters.nextOrSame(DAYS.get(place / TIMES.size())))
                .atTime(TIMES.get(place % TIMES.size()));
    }
}
