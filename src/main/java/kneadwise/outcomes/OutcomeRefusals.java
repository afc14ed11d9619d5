package kneadwise.outcomes;

import kneadwise.system.Refusal;

/** Refusals of a session log besides invalid fields. */
final class OutcomeRefusals {

    private OutcomeRefusals() {}

    /** 403: only the person in the course logs how they are. */
    static final class PatientLogsOnly extends Refusal {
        private static final long serialVersionUID = 1L;

        PatientLogsOnly() {
            super(
                    403,
                    "patient-logs-only",
                    "Not yours to log",
                    "Only the person having the course logs their pain and function; the therapist can read them.");
        }
    }

    /** 409: the session has its log already. */
    static final class AlreadyLogged extends Refusal {
        private static final long serialVersionUID = 1L;

        AlreadyLogged(int session) {
            super(
                    409,
                    "already-logged",
                    "Already logged",
                    "Session " + session + " is already logged. Each session has one log.");
        }
    }

    /** 403: session notes are the therapist's record; the patient reads them. */
    static final class TherapistWritesNotes extends Refusal {
        private static final long serialVersionUID = 1L;

        TherapistWritesNotes() {
            super(
                    403,
                    "therapist-writes-notes",
                    "Not yours to write",
                    "Only the course's therapist writes session notes; the person can read them.");
        }
    }
}
