package kneadwise.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Sessions with one therapist booked together, {@code everyDays} apart at the same local time. */
record Course(
        UUID id,
        UUID therapistId,
        UUID patientId,
        int sessions,
        int everyDays,
        Instant bookedAt,
        List<Appointment> appointments) {

    Course {
        appointments = List.copyOf(appointments);
    }
}
