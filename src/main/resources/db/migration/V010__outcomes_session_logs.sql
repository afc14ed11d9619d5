-- What a person logs at each session of a course (issue 7): pain now (NRS), side effects, and at the sessions the
-- course rule judges (1 = baseline, 3 = checkpoint, the last) a function questionnaire; at the end their global
-- impression of change. One log per session; the patient and therapist are kept on the row for the dashboards.
CREATE TABLE outcomes_session_log (
    course_id           uuid        NOT NULL REFERENCES booking_course (id) ON DELETE CASCADE,
    session             integer     NOT NULL CHECK (session BETWEEN 1 AND 12),
    patient_id          uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    therapist_id        uuid        NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    pain_nrs            smallint    NOT NULL CHECK (pain_nrs BETWEEN 0 AND 10),
    -- [{"kind": "SORENESS", "severity": "MILD", "description": null}, ...]; [] when none
    side_effects        jsonb       NOT NULL DEFAULT '[]',
    function_instrument text CHECK (function_instrument IN ('RMDQ', 'ODI')),
    function_answers    jsonb,
    function_score      numeric(4, 1) CHECK (function_score BETWEEN 0 AND 100),
    global_impression   text,
    recorded_at         timestamptz NOT NULL,
    PRIMARY KEY (course_id, session),
    CHECK ((function_instrument IS NULL) = (function_score IS NULL)),
    CHECK ((function_instrument IS NULL) = (function_answers IS NULL))
);

CREATE INDEX outcomes_session_log_therapist ON outcomes_session_log (therapist_id);
CREATE INDEX outcomes_session_log_patient ON outcomes_session_log (patient_id);
