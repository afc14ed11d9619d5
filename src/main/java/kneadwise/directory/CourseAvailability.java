package kneadwise.directory;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When each therapist could start a course, answered by the booking module, which knows working hours and
 * calendars (the directory owns the question, booking the answer, so the modules do not depend on each other both
 * ways).
 */
public interface CourseAvailability {

    /** The earliest start, in the therapist's zone, of the wanted course; therapists with none are left out. */
    Map<UUID, ZonedDateTime> nextCourseStarts(List<TherapistMatch> therapists, CourseWanted wanted);
}
