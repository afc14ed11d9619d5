package kneadwise.booking;

import java.time.Instant;
import java.util.UUID;

/** A course was booked: its sessions are in the therapist's calendar. */
public record CourseBooked(UUID courseId, UUID therapistId, UUID patientId, int sessions, Instant firstSession) {}
