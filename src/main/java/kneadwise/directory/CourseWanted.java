package kneadwise.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * The course a person wants to fit in a therapist's calendar: {@code sessions} weekly sessions, optionally always
 * on one weekday and at one local time. With neither, any weekday and time will do.
 *
 * @param required true when the person asked for it (therapists without such a course are left out); false when it
 *     is only the default course of the plan (6 weekly sessions, CLINICAL.md section 6) used to show the next
 *     possible start
 */
public record CourseWanted(
        @Nullable DayOfWeek weekday, @Nullable LocalTime time, int sessions, boolean required) {

    /** The course plan's default: 6 sessions a week apart. */
    public static final int DEFAULT_SESSIONS = 6;
}
