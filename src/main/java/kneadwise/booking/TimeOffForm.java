package kneadwise.booking;

import java.time.Instant;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a time-off entry, for the API ({@code WorkingTimeApi}, ISO times with an offset) and the schedule page
 * ({@code SchedulePages}, local times in the practice's zone) alike, once each has read its times.
 */
final class TimeOffForm {

    static final int LONGEST_NOTE = 500;

    private TimeOffForm() {}

    /** Adds a problem to {@code input} for each broken rule; returns the note as kept (stripped, null when blank). */
    static @Nullable String check(
            @Nullable Instant start, @Nullable Instant end, @Nullable String note, JsonInput input) {
        if (start != null && end != null && !end.isAfter(start)) {
            input.problem("end", "must be after the start");
        }
        if (note != null && note.length() > LONGEST_NOTE) {
            input.problem("note", "must be at most " + LONGEST_NOTE + " characters");
        }
        return note == null || note.isBlank() ? null : note.strip();
    }
}
