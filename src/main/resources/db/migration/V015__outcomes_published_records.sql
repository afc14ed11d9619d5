-- Therapists who chose to show their outcome record on their directory profile (issue 7; 10 or more clients with a
-- finished course are needed to publish, and to show).
CREATE TABLE outcomes_published_record (
    therapist_id uuid        PRIMARY KEY REFERENCES directory_therapist (id) ON DELETE CASCADE,
    published_at timestamptz NOT NULL
);
