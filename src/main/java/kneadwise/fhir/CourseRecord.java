package kneadwise.fhir;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.outcomes.CourseNotes;
import kneadwise.outcomes.CourseOutcomes;
import kneadwise.outcomes.SessionLog;

/** One course of a person's record as the caller may see it: its sessions, logs and progress, and its notes. */
record CourseRecord(CourseOutline outline, CourseOutcomes.View outcomes, CourseNotes.Notes notes) {

    UUID id() {
        return outline.id();
    }

    /** The course with its logs, as the log mappings take it. */
    CourseOutcomes.LoggedCourse logged() {
        return new CourseOutcomes.LoggedCourse(outline, outcomes.logs());
    }

    /** When anything of the course last changed: its booking, a log, a note or a cancellation's session. */
    Instant lastChanged() {
        return Stream.concat(
                        Stream.of(outline.bookedAt()),
                        Stream.concat(
                                outcomes.logs().stream().map(SessionLog::recordedAt),
                                notes.notes().stream().map(noted -> noted.note().writtenAt())))
                .max(Instant::compareTo)
                .orElse(outline.bookedAt());
    }
}
