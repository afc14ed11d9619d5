package kneadwise.booking;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One session of a course in the therapist's calendar; a cancelled one keeps its row but no longer holds its time. */
record Appointment(
        UUID id,
        UUID courseId,
        UUID therapistId,
        UUID patientId,
        int session,
        Instant start,
        Instant end,
        @Nullable Instant cancelledAt) {

    boolean cancelled() {
        return cancelledAt != null;
    }
}
