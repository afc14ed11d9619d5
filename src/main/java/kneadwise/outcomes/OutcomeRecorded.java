package kneadwise.outcomes;

import java.util.UUID;

/** A person logged a session of their course (for reminders, dashboards and, later, FHIR). */
public record OutcomeRecorded(UUID courseId, int session, UUID patientId, UUID therapistId) {}
