-- The therapist's structured note of each session (issue 7), in SOAP order: what the client said (subjective), what
-- was done (body regions, techniques, pressure, minutes), how the client responded (assessment) and the plan.
CREATE TABLE outcomes_session_note (
    course_id     uuid        NOT NULL REFERENCES booking_course (id) ON DELETE CASCADE,
    session       integer     NOT NULL CHECK (session BETWEEN 1 AND 12),
    therapist_id  uuid        NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    patient_id    uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    subjective    text        NOT NULL CHECK (length(subjective) <= 2000),
    regions       text[]      NOT NULL CHECK (cardinality(regions) >= 1),
    techniques    text[]      NOT NULL CHECK (cardinality(techniques) >= 1),
    pressure      text        NOT NULL CHECK (pressure IN ('LIGHT', 'MEDIUM', 'FIRM')),
    minutes       integer     NOT NULL CHECK (minutes BETWEEN 5 AND 240),
    response      text        NOT NULL CHECK (length(response) <= 2000),
    plan          text        NOT NULL CHECK (length(plan) <= 2000),
    written_at    timestamptz NOT NULL,
    PRIMARY KEY (course_id, session)
);

CREATE INDEX outcomes_session_note_therapist ON outcomes_session_note (therapist_id);
