package kneadwise.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import kneadwise.demo.DemoCourseHistory.FinishedCourse;
import kneadwise.directory.PostalCodes;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.outcomes.OutcomesInBulk;
import kneadwise.outcomes.OutcomesInBulk.LoggedCourse;
import kneadwise.outcomes.SessionLog;
import kneadwise.outcomes.SessionNote;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with finished courses and their logs and notes, to try the dashboard at a clinic's scale
 * ({@code ./kneadwise demo-outcomes}). New demo therapists take {@link DemoCourseHistory#COURSES_PER_THERAPIST}
 * courses each; every session is logged. Each batch of therapists is written in one transaction, and each course's
 * result is worked out by outcomes, by the same rule as for a log saved through the API.
 */
@Service
public class DemoOutcomeHistory {

    /** Therapists per transaction: about 2,400 courses, 14,400 logs. */
    static final int THERAPISTS_PER_BATCH = 50;

    /** Told after each batch how many sessions are logged so far. */
    @FunctionalInterface
    public interface Progress {
        void logged(long sessions, long of);
    }

    /** What was added. */
    public record Added(long sessions, int courses, int therapists, int patients) {}

    private final Therapists therapists;
    private final PostalCodes postalCodes;
    private final DemoCourseHistory courses;
    private final DemoPatients patients;
    private final OutcomesInBulk outcomesInBulk;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoOutcomeHistory(
            Therapists therapists,
            PostalCodes postalCodes,
            DemoCourseHistory courses,
            DemoPatients patients,
            OutcomesInBulk outcomesInBulk,
            TransactionTemplate transactions,
            Clock clock) {
        this.therapists = therapists;
        this.postalCodes = postalCodes;
        this.courses = courses;
        this.patients = patients;
        this.outcomesInBulk = outcomesInBulk;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Adds courses of {@link DemoCourseHistory#SESSIONS} logged sessions until at least {@code sessions} are logged.
     * The same seed gives the same people and figures; a seed used before is refused, as its therapists exist.
     *
     * @throws IllegalStateException when this seed's demo therapists are in the database already
     */
    public Added add(long sessions, long seed, Progress progress) {
        int wanted = (int) Math.ceilDiv(sessions, DemoCourseHistory.SESSIONS);
        long total = (long) wanted * DemoCourseHistory.SESSIONS;
        DemoDirectory directory = new DemoDirectory(seed * 1_000_003L + 17, postalCodes);
        Random random = new Random(seed);
        DemoOutcomes outcomes = new DemoOutcomes(random);
        String emailPrefix = "demo-client-" + seed + "-";
        Instant now = clock.instant();
        int made = 0;
        int therapistCount = 0;
        int[] patientCount = {0};
        while (made < wanted) {
            int inBatch = Math.min(wanted - made, THERAPISTS_PER_BATCH * DemoCourseHistory.COURSES_PER_THERAPIST);
            List<Therapist> batch = new ArrayList<>();
            for (int i = 0; i < Math.ceilDiv(inBatch, DemoCourseHistory.COURSES_PER_THERAPIST); i++) {
                batch.add(directory.next());
            }
            try {
                transactions.executeWithoutResult(status -> {
                    therapists.addAll(batch);
                    List<FinishedCourse> finished = courses.add(
                            batch,
                            inBatch,
                            count -> {
                                List<UUID> ids = patients.create(emailPrefix, patientCount[0] + 1, count);
                                patientCount[0] += count;
                                return ids;
                            },
                            now,
                            random);
                    record(finished, batch, outcomes, now);
                });
            } catch (DuplicateKeyException seen) {
                throw new IllegalStateException(
                        "demo outcomes with seed " + seed + " are in this database already; choose another --seed",
                        seen);
            }
            made += inBatch;
            therapistCount += batch.size();
            progress.logged((long) made * DemoCourseHistory.SESSIONS, total);
        }
        outcomesInBulk.refreshStatistics();
        return new Added(total, wanted, therapistCount, patientCount[0]);
    }

    private void record(List<FinishedCourse> finished, List<Therapist> batch, DemoOutcomes outcomes, Instant now) {
        Map<UUID, Therapist> byId = new HashMap<>();
        batch.forEach(therapist -> byId.put(therapist.id(), therapist));
        List<LoggedCourse> logged = new ArrayList<>(finished.size());
        for (FinishedCourse course : finished) {
            List<SessionLog> logs = outcomes.logs(course);
            List<SessionNote> notes = outcomes.notes(course, Objects.requireNonNull(byId.get(course.therapistId())));
            logged.add(new LoggedCourse(
                    course.id(),
                    course.patientId(),
                    course.therapistId(),
                    course.times().size(),
                    logs,
                    notes));
        }
        outcomesInBulk.addFinishedCourses(logged, now);
    }
}
