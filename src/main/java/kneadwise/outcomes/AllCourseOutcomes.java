package kneadwise.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kneadwise.booking.AllCourseOutlines;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.checkin.LatestAssessments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every course with its logs, progress and notes, read as a stream for a Bulk Data export: booking hands the courses
 * on in batches, and each batch's logs, notes and latest check-ins take one query each. The same views the course's
 * own readers get ({@link CourseOutcomes#view}, {@link CourseNotes#read}), without a viewer: the export's caller was
 * checked before.
 */
@Service
public class AllCourseOutcomes {

    /** A course in full: its sessions, logs and progress, and its notes. */
    public record Followed(CourseOutcomes.View outcomes, CourseNotes.Notes notes) {}

    private final AllCourseOutlines outlines;
    private final SessionLogs logs;
    private final SessionNotes notes;
    private final LatestAssessments checkIns;
    private final Clock clock;

    AllCourseOutcomes(
            AllCourseOutlines outlines, SessionLogs logs, SessionNotes notes, LatestAssessments checkIns, Clock clock) {
        this.outlines = outlines;
        this.logs = logs;
        this.notes = notes;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /**
     * Hands each course to {@code each}, in the order they were booked.
     *
     * @param patients these patients' courses alone, or everyone's when null
     */
    @Transactional(readOnly = true)
    public void forEach(UUID @Nullable [] patients, Consumer<Followed> each) {
        Instant now = clock.instant();
        outlines.forEachBatch(patients, batch -> {
            UUID[] ids = batch.stream().map(CourseOutline::id).toArray(UUID[]::new);
            Map<UUID, List<SessionLog>> logsOf = logs.ofCourses(ids);
            Map<UUID, List<SessionNote>> notesOf = notes.ofCourses(ids);
            Map<UUID, LatestAssessments.Latest> latest = checkIns.ofAll(needingCheckIn(batch, logsOf, notesOf));
            for (CourseOutline course : batch) {
                List<SessionLog> logged = logsOf.getOrDefault(course.id(), List.of());
                Optional<LatestAssessments.Latest> checkIn = Optional.ofNullable(latest.get(course.patientId()));
                each.accept(new Followed(
                        CourseOutcomes.viewOf(course, logged, () -> checkIn, now),
                        CourseNotes.notesOf(course, notesOf.getOrDefault(course.id(), List.of()), checkIn)));
            }
        });
    }

    /**
     * Hands every course, with its notes (none for many), to {@code each}, in the order the courses were booked:
     * what its sessions and notes need, without reading the logs.
     *
     * @param patients these patients' courses alone, or everyone's when null
     */
    @Transactional(readOnly = true)
    public void forEachWithNotes(UUID @Nullable [] patients, Consumer<CourseNotes.Notes> each) {
        outlines.forEachBatch(patients, batch -> {
            Map<UUID, List<SessionNote>> notesOf =
                    notes.ofCourses(batch.stream().map(CourseOutline::id).toArray(UUID[]::new));
            Set<UUID> clients = new HashSet<>();
            batch.stream()
                    .filter(course -> notesOf.containsKey(course.id()))
                    .forEach(course -> clients.add(course.patientId()));
            Map<UUID, LatestAssessments.Latest> latest = checkIns.ofAll(clients);
            for (CourseOutline course : batch) {
                each.accept(CourseNotes.notesOf(
                        course,
                        notesOf.getOrDefault(course.id(), List.of()),
                        Optional.ofNullable(latest.get(course.patientId()))));
            }
        });
    }

    /**
     * The patients whose latest check-in a course of theirs needs: for its questionnaire when no log names one, and
     * for its notes' warnings. Most courses of a long export need neither.
     */
    private static Set<UUID> needingCheckIn(
            List<CourseOutline> batch, Map<UUID, List<SessionLog>> logsOf, Map<UUID, List<SessionNote>> notesOf) {
        Set<UUID> patients = new HashSet<>();
        for (CourseOutline course : batch) {
            boolean named = logsOf.getOrDefault(course.id(), List.of()).stream()
                    .anyMatch(log -> log.functionInstrument() != null);
            if (!named || notesOf.containsKey(course.id())) {
                patients.add(course.patientId());
            }
        }
        return patients;
    }
}
