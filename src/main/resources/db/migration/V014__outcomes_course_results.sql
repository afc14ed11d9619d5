-- One row per course with its outcome so far (issue 7, clinic dashboard): kept up to date by the application each time
-- a log or a note of the course is saved (the verdicts come from the Java rules of CLINICAL.md section 4, one source of
-- truth), so the dashboard adds up rows instead of judging a million logs on every request.
CREATE TABLE outcomes_course_result (
    course_id         uuid        PRIMARY KEY REFERENCES booking_course (id) ON DELETE CASCADE,
    patient_id        uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    therapist_id      uuid        NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    -- the end verdict once sessions 1 and the last are logged; null before
    ended_at          timestamptz,
    improved          boolean,
    pain_verdict      text CHECK (pain_verdict IN ('IMPROVED', 'NO_IMPORTANT_CHANGE', 'WORSENED')),
    function_verdict  text CHECK (function_verdict IN ('IMPROVED', 'NO_IMPORTANT_CHANGE', 'WORSENED')),
    -- exposure and side effects: logs after at least one massage (session 2 on), and any side effect in them
    massaged          boolean     NOT NULL DEFAULT false,
    side_effect       boolean     NOT NULL DEFAULT false,
    -- the techniques the therapist's notes of this course record
    techniques        text[]      NOT NULL DEFAULT '{}',
    updated_at        timestamptz NOT NULL,
    CHECK ((ended_at IS NULL) = (improved IS NULL))
);

CREATE INDEX outcomes_course_result_therapist ON outcomes_course_result (therapist_id);
