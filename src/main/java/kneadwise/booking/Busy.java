package kneadwise.booking;

import java.time.Instant;

/** A time that cannot be booked: a session already booked, the therapist's time off, or the patient's own session. */
record Busy(Instant start, Instant end, Reason reason) {

    enum Reason {
        TAKEN,
        TIME_OFF,
        YOUR_OTHER_SESSION
    }

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
